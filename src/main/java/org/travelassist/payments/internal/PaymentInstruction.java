package org.travelassist.payments.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.accounts.Payee;
import org.travelassist.payments.InvalidPaymentException;
import org.travelassist.payments.PaymentAction;
import org.travelassist.payments.PaymentDue;
import org.travelassist.payments.PaymentLine;
import org.travelassist.payments.PaymentSource;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.Money;

/**
 * One payment to a family, for one source (an instalment or a claim), to the payee copied when it was created. Its
 * status changes only through the methods below, each checked against {@link PaymentStatus}'s table.
 */
@Entity
@Table(name = "payment_instruction")
public class PaymentInstruction extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false)
    private PaymentSource.Kind sourceKind;

    @Column(name = "source_id", nullable = false)
    private UUID sourceId;

    @Column(name = "attempt", nullable = false)
    private int attempt;

    @Column(name = "reissue_of")
    private @Nullable UUID reissueOf;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Embedded
    private PayeeCopy payee;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "statement_reference", nullable = false)
    private String statementReference;

    @Column(name = "description", nullable = false)
    private String description;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "payment_instruction_line", joinColumns = @JoinColumn(name = "instruction_id"))
    @OrderColumn(name = "line_no")
    private List<StoredLine> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PaymentStatus status = PaymentStatus.DUE;

    @Column(name = "held_reason")
    private @Nullable String heldReason;

    @Column(name = "run_id")
    private @Nullable UUID runId;

    @Column(name = "idempotency_key")
    private @Nullable String idempotencyKey;

    /** Null while every column is (Hibernate's way with an empty embeddable): read it through {@link #progress()}. */
    @Embedded
    private @Nullable PaymentProgress progress;

    @Column(name = "cancelled_reason")
    private @Nullable String cancelledReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PaymentInstruction() {}

    private PaymentInstruction(PaymentSource source, int attempt, @Nullable UUID reissueOf, UUID householdId, Payee payee,
            Money amount, LocalDate dueOn, String statementReference, String description, List<PaymentLine> lines, Instant now) {
        if (!amount.isPositive()) {
            throw new InvalidPaymentException("A payment must be more than £0.00: " + amount);
        }
        if (!payee.householdId().equals(householdId)) {
            throw new InvalidPaymentException("A payment goes only to its own household's bank account");
        }
        this.sourceKind = source.kind();
        this.sourceId = source.id();
        this.attempt = attempt;
        this.reissueOf = reissueOf;
        this.householdId = householdId;
        this.payee = new PayeeCopy(payee);
        this.amountPence = amount.pence();
        this.dueOn = dueOn;
        this.statementReference = StatementReferences.check(statementReference);
        this.description = description.length() > 200 ? description.substring(0, 200) : description;
        lines.forEach(line -> this.lines.add(new StoredLine(line)));
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The first instruction for a payment that fell due, to the payee the event carries. */
    public static PaymentInstruction forPaymentDue(PaymentDue due, Instant now) {
        return new PaymentInstruction(due.source(), 1, null, due.householdId(), due.payee(), due.amount(), due.dueOn(),
                due.statementReference(), due.description(), due.lines(), now);
    }

    // ---- Life -------------------------------------------------------------------------------------------------

    public void hold(String reason, Instant now) {
        move(PaymentAction.HOLD, now);
        this.heldReason = reason;
        this.runId = null;
    }

    public void release(Instant now) {
        move(PaymentAction.RELEASE, now);
        this.heldReason = null;
    }

    public void gatherInto(UUID run, Instant now) {
        move(PaymentAction.GATHER, now);
        this.runId = run;
    }

    /** The run was discarded before approval: due again, for the next run. */
    public void dropFromRun(Instant now) {
        move(PaymentAction.DROP, now);
        this.runId = null;
    }

    public void approve(Instant now) {
        move(PaymentAction.APPROVE, now);
    }

    /** The gateway's idempotency key, stored before the first call and reused on every retry. */
    public String idempotencyKey() {
        if (idempotencyKey == null) {
            idempotencyKey = "payout:" + getId() + ":v1";
        }
        return idempotencyKey;
    }

    public void send(LocalDate on, LocalDate expected, @Nullable String gatewayReference, Instant now) {
        move(PaymentAction.SEND, now);
        progress().sent(on, expected, gatewayReference);
    }

    public void settle(LocalDate on, @Nullable String gatewayReference, Instant now) {
        move(PaymentAction.SETTLE, now);
        progress().paid(on, gatewayReference);
    }

    public void fail(LocalDate on, String reason, Instant now) {
        move(PaymentAction.FAIL, now);
        progress().failed(on, reason);
    }

    /** This failed payment is made again, to the bank details the family gave since; returns the new payment. */
    public PaymentInstruction reissueTo(Payee payee, LocalDate dueOn, Instant now) {
        move(PaymentAction.REISSUE, now);
        return new PaymentInstruction(source(), attempt + 1, getId(), householdId, payee, amount(), dueOn, statementReference,
                description, lines.stream().map(StoredLine::line).toList(), now);
    }

    public void cancel(String reason, Instant now) {
        move(PaymentAction.CANCEL, now);
        this.cancelledReason = reason;
        this.runId = null;
    }

    private void move(PaymentAction action, Instant now) {
        this.status = status.after(action).orElseThrow(() -> new InvalidPaymentException(
                "You cannot " + action.words + " now: this payment is " + status.label.toLowerCase(java.util.Locale.UK)));
        this.updatedAt = now;
    }

    /** For the audit trail: what an officer or the system changed. */
    public Map<String, @Nullable String> auditState() {
        var state = new LinkedHashMap<String, @Nullable String>();
        state.put("status", status.name());
        state.put("source", sourceKind + " " + sourceId);
        state.put("attempt", String.valueOf(attempt));
        state.put("amount", amount().formatted());
        state.put("payee", payee().masked());
        state.put("statementReference", statementReference);
        state.put("run", runId == null ? null : runId.toString());
        state.put("heldReason", heldReason);
        state.put("failureReason", failureReason());
        state.put("cancelledReason", cancelledReason);
        return state;
    }

    // ---- Reading ------------------------------------------------------------------------------------------------

    public PaymentSource source() {
        return new PaymentSource(sourceKind, sourceId);
    }

    public int attempt() {
        return attempt;
    }

    public @Nullable UUID reissueOf() {
        return reissueOf;
    }

    public UUID householdId() {
        return householdId;
    }

    public Payee payee() {
        return payee.of(householdId);
    }

    public Money amount() {
        return Money.ofPence(amountPence);
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String statementReference() {
        return statementReference;
    }

    public String description() {
        return description;
    }

    public List<PaymentLine> lines() {
        return lines.stream().map(StoredLine::line).toList();
    }

    public PaymentStatus status() {
        return status;
    }

    public @Nullable String heldReason() {
        return heldReason;
    }

    public @Nullable UUID runId() {
        return runId;
    }

    private PaymentProgress progress() {
        if (progress == null) {
            progress = new PaymentProgress();
        }
        return progress;
    }

    public @Nullable String gatewayReference() {
        return progress().gatewayReference();
    }

    public @Nullable LocalDate sentOn() {
        return progress().sentOn();
    }

    public @Nullable LocalDate expectedOn() {
        return progress().expectedOn();
    }

    public @Nullable LocalDate paidOn() {
        return progress().paidOn();
    }

    public @Nullable LocalDate failedOn() {
        return progress().failedOn();
    }

    public @Nullable String failureReason() {
        return progress().failureReason();
    }

    public @Nullable String cancelledReason() {
        return cancelledReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
