package org.travelassist.contributions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.travelassist.contributions.InstalmentStatus;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.Money;

/** One part of a charge; changed only through its {@link Charge}. Its id is the card payment's reference. */
@Entity
@Table(name = "contribution_instalment")
public class ChargeInstalment extends AbstractEntity {

    @Column(name = "number", nullable = false)
    private int number;
    @Column(name = "amount_pence", nullable = false)
    private long amountPence;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private InstalmentStatus status = InstalmentStatus.DUE;
    @Column(name = "paid_on")
    @Nullable LocalDate paidOn;
    @Column(name = "refunded_on")
    @Nullable LocalDate refundedOn;
    @Column(name = "refund_reason")
    @Nullable String refundReason;
    @Column(name = "refunded_by")
    @Nullable String refundedBy;

    protected ChargeInstalment() {}

    ChargeInstalment(int number, Money amount, LocalDate dueOn) {
        this.number = number;
        this.amountPence = amount.pence();
        this.dueOn = dueOn;
    }

    void become(InstalmentStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("An instalment that is " + status + " cannot become " + next);
        }
        status = next;
    }

    public int number() {
        return number;
    }

    public Money amount() {
        return Money.ofPence(amountPence);
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public InstalmentStatus status() {
        return status;
    }

    public @Nullable LocalDate paidOn() {
        return paidOn;
    }

    public @Nullable LocalDate refundedOn() {
        return refundedOn;
    }

    public @Nullable String refundReason() {
        return refundReason;
    }
}
