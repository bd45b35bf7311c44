package org.travelassist.budgets.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.budgets.BudgetWorking.PlannedInstalment;
import org.travelassist.budgets.InstalmentState;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.Money;

/** One instalment of a budget: what was planned, what absences took off it, and where its payment stands. */
@Entity
@Table(name = "budget_instalment")
public class Instalment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_id")
    private Budget budget;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "label", nullable = false)
    private String label;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "covers_from", nullable = false)
    private LocalDate coversFrom;

    @Column(name = "covers_to", nullable = false)
    private LocalDate coversTo;

    @Column(name = "planned_pence", nullable = false)
    private long plannedPence;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "adjustments", nullable = false)
    private List<StoredLine> adjustments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private InstalmentState state = InstalmentState.SCHEDULED;

    @Column(name = "state_reason")
    private @Nullable String stateReason;

    @Column(name = "state_changed_on")
    private @Nullable LocalDate stateChangedOn;

    /** The day it was handed to payments (InstalmentDue published); null until then. */
    @Column(name = "handed_over_on")
    private @Nullable LocalDate handedOverOn;

    protected Instalment() {
        this.budget = null;
        this.label = "";
        this.dueOn = LocalDate.EPOCH;
        this.coversFrom = LocalDate.EPOCH;
        this.coversTo = LocalDate.EPOCH;
    }

    Instalment(Budget budget, PlannedInstalment planned) {
        this.budget = budget;
        this.number = planned.number();
        this.label = planned.label();
        this.dueOn = planned.dueOn();
        this.coversFrom = planned.coversFrom();
        this.coversTo = planned.coversTo();
        this.plannedPence = planned.amount().pence();
        this.amountPence = planned.amount().pence();
    }

    /** Moves the instalment on; any move its state does not allow is a programming error, refused loudly. */
    public void moveTo(InstalmentState next, @Nullable String reason, LocalDate on) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("Instalment " + number + " cannot go from " + state + " to " + next);
        }
        state = next;
        stateReason = reason;
        stateChangedOn = on;
    }

    void handedOver(LocalDate on) {
        handedOverOn = on;
    }

    public @Nullable LocalDate handedOverOn() {
        return handedOverOn;
    }

    /** Takes an absence off this instalment, before it is paid; the line says why. */
    void reduce(Money by, Line line) {
        if (!state.unpaid()) {
            throw new IllegalStateException("Instalment " + number + " is " + state + ": too late to change it");
        }
        amountPence = Math.subtractExact(amountPence, by.pence());
        adjustments.add(StoredLine.of(line));
    }

    public Budget budget() {
        return budget;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate coversFrom() {
        return coversFrom;
    }

    public LocalDate coversTo() {
        return coversTo;
    }

    public Money planned() {
        return Money.ofPence(plannedPence);
    }

    public Money amount() {
        return Money.ofPence(amountPence);
    }

    public List<Line> adjustments() {
        return adjustments.stream().map(StoredLine::line).toList();
    }

    public InstalmentState state() {
        return state;
    }

    public @Nullable String stateReason() {
        return stateReason;
    }

    public @Nullable LocalDate stateChangedOn() {
        return stateChangedOn;
    }

    public PlannedInstalment asPlanned() {
        return new PlannedInstalment(number, label, dueOn, coversFrom, coversTo, amount());
    }

    Map<String, @Nullable String> snapshot() {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("budgetId", budget.getId().toString());
        fields.put("number", String.valueOf(number));
        fields.put("dueOn", dueOn.toString());
        fields.put("amount", amount().formatted());
        fields.put("state", state.name());
        fields.put("stateReason", Objects.toString(stateReason, null));
        return fields;
    }
}
