package org.travelassist.budgets.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.budgets.RecoveryRules;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.Money;

/** One repayment of a budget's recovery: its amount and due date as the officer set them, and when it was repaid. */
@Entity
@Table(name = "budget_repayment")
public class Repayment extends AbstractEntity {

    @Column(name = "budget_id", nullable = false)
    private UUID budgetId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Column(name = "set_by_name", nullable = false)
    private String setByName;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "repaid_on")
    private @Nullable LocalDate repaidOn;

    @Column(name = "repaid_recorded_by_name")
    private @Nullable String repaidRecordedByName;

    protected Repayment() {
        this.budgetId = new UUID(0, 0);
        this.dueOn = LocalDate.EPOCH;
        this.setByName = "";
        this.setAt = Instant.EPOCH;
    }

    Repayment(UUID budgetId, RecoveryRules.Repayment planned, String byName, Instant now) {
        this.budgetId = budgetId;
        this.number = planned.number();
        this.dueOn = planned.dueOn();
        this.amountPence = planned.amount().pence();
        this.setByName = byName;
        this.setAt = now;
    }

    /** Marks it repaid; once only, so a second click records nothing new. */
    boolean repaid(LocalDate on, String byName) {
        if (repaidOn != null) {
            return false;
        }
        this.repaidOn = on;
        this.repaidRecordedByName = byName;
        return true;
    }

    public UUID budgetId() { return budgetId; }
    public int number() { return number; }
    public LocalDate dueOn() { return dueOn; }
    public Money amount() { return Money.ofPence(amountPence); }
    public String setByName() { return setByName; }
    public @Nullable LocalDate repaidOn() { return repaidOn; }
    public @Nullable String repaidRecordedByName() { return repaidRecordedByName; }

    Map<String, @Nullable String> snapshot() {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("budgetId", budgetId.toString());
        fields.put("number", String.valueOf(number));
        fields.put("dueOn", dueOn.toString());
        fields.put("amount", amount().formatted());
        fields.put("repaidOn", Objects.toString(repaidOn, null));
        fields.put("repaidRecordedBy", repaidRecordedByName);
        return fields;
    }
}
