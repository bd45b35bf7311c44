package org.travelassist.contributions.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.travelassist.contributions.ChargeKind;
import org.travelassist.contributions.ChargeRules;
import org.travelassist.contributions.InstalmentStatus;
import org.travelassist.contributions.InvalidChargeException;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.Money;

/**
 * A charge an officer set on a decided application, and its instalments, which add up to it exactly (the database
 * keeps each positive; {@link ChargeRules#split} makes them). The instalments' changes go through here.
 */
@Entity
@Table(name = "contribution_charge")
public class Charge extends AbstractEntity {

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ChargeKind kind;
    @Column(name = "total_pence", nullable = false)
    private long totalPence;
    @Column(name = "reason", nullable = false)
    private String reason;
    @Column(name = "set_by", nullable = false)
    private UUID setBy;
    @Column(name = "set_by_name", nullable = false)
    private String setByName;
    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "charge_id", nullable = false)
    @OrderBy("number")
    private List<ChargeInstalment> instalments = new ArrayList<>();

    protected Charge() {}

    public Charge(ChargeApplication application, ChargeRules.Plan plan, UUID setBy, String setByName, Instant setAt) {
        this.applicationId = application.applicationId();
        this.householdId = application.householdId();
        this.kind = plan.kind();
        this.totalPence = plan.total().pence();
        this.reason = plan.reason();
        this.setBy = setBy;
        this.setByName = setByName;
        this.setAt = setAt;
        plan.instalments().forEach(planned -> instalments.add(new ChargeInstalment(planned.number(), planned.amount(), planned.dueOn())));
        if (!Money.sum(instalments.stream().map(ChargeInstalment::amount).toList()).equals(plan.total())) {
            throw new IllegalArgumentException("The instalments must add up to the charge");
        }
    }

    public ChargeInstalment instalment(UUID id) {
        return instalments.stream().filter(i -> i.getId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No instalment " + id + " in charge " + getId()));
    }

    /** The family paid it (the card payment is in the ledger). Returns false when it was already recorded. */
    public boolean paid(UUID instalmentId, LocalDate on) {
        var instalment = instalment(instalmentId);
        if (instalment.status() != InstalmentStatus.DUE) {
            return false;
        }
        instalment.become(InstalmentStatus.PAID);
        instalment.paidOn = on;
        return true;
    }

    public void refunded(UUID instalmentId, LocalDate on, String why, String by) {
        var instalment = instalment(instalmentId);
        if (!instalment.status().refundable()) {
            throw new InvalidChargeException("reason", "Only a paid instalment can be refunded; this one is "
                    + instalment.status().label.toLowerCase(java.util.Locale.UK));
        }
        instalment.become(InstalmentStatus.REFUNDED);
        instalment.refundedOn = on;
        instalment.refundReason = why;
        instalment.refundedBy = by;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public UUID householdId() {
        return householdId;
    }

    public ChargeKind kind() {
        return kind;
    }

    public Money total() {
        return Money.ofPence(totalPence);
    }

    public String reason() {
        return reason;
    }

    public String setByName() {
        return setByName;
    }

    public Instant setAt() {
        return setAt;
    }

    public List<ChargeInstalment> instalments() {
        return List.copyOf(instalments);
    }
}
