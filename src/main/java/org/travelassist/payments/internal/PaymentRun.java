package org.travelassist.payments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.payments.InvalidPaymentException;
import org.travelassist.payments.RunStatus;
import org.travelassist.shared.Money;
import org.travelassist.shared.AbstractEntity;

/**
 * A payment run: every due payment gathered for one run date by one finance officer, approved by another (four
 * eyes: never the one who created it), then sent. Approved, it is fixed; the database holds it to that too.
 */
@Entity
@Table(name = "payment_run")
public class PaymentRun extends AbstractEntity {

    @Column(name = "run_number", nullable = false)
    private long runNumber;

    @Column(name = "run_date", nullable = false)
    private LocalDate runDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RunStatus status = RunStatus.OPEN;

    @Column(name = "gateway", nullable = false)
    private String gateway;

    @Column(name = "payment_count", nullable = false)
    private int paymentCount;

    @Column(name = "total_pence", nullable = false)
    private long totalPence;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_by_name", nullable = false)
    private String createdByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "approved_by")
    private @Nullable UUID approvedBy;

    @Column(name = "approved_by_name")
    private @Nullable String approvedByName;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected PaymentRun() {}

    public PaymentRun(long runNumber, LocalDate runDate, String gateway, UUID createdBy, String createdByName, Instant now) {
        this.runNumber = runNumber;
        this.runDate = runDate;
        this.gateway = gateway;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = now;
    }

    /** What it holds, counted when it is gathered and never again once approved. */
    public void holds(int count, Money total) {
        if (status.isFixed()) {
            throw new InvalidPaymentException("Payment run " + runNumber + " is approved: nothing in it can change");
        }
        this.paymentCount = count;
        this.totalPence = total.pence();
    }

    /** Four eyes: the approver is a finance officer who did not create the run. */
    public void approve(UUID approver, String approverName, Instant now) {
        if (approver.equals(createdBy)) {
            throw new InvalidPaymentException("You created this payment run, so another finance officer must approve it");
        }
        move(RunStatus.Step.APPROVE);
        this.approvedBy = approver;
        this.approvedByName = approverName;
        this.approvedAt = now;
    }

    public void discard() {
        move(RunStatus.Step.DISCARD);
    }

    public void submit(Instant now) {
        move(RunStatus.Step.SUBMIT);
        this.submittedAt = now;
    }

    public void close(Instant now) {
        move(RunStatus.Step.CLOSE);
        this.closedAt = now;
    }

    /** A gateway's run whose payments have all been answered paid or failed: there are no returns to wait for. */
    public void complete(Instant now) {
        if (PaymentSettings.paysByFile(gateway)) {
            throw new InvalidPaymentException(name() + " is paid by BACS file: it closes when the bank's returns are recorded");
        }
        move(RunStatus.Step.COMPLETE);
        this.closedAt = now;
    }

    private void move(RunStatus.Step step) {
        this.status = status.after(step).orElseThrow(() -> new InvalidPaymentException(
                "You cannot " + step.words + " now: it is " + status.label.toLowerCase(java.util.Locale.UK)));
    }

    public Map<String, @Nullable String> auditState() {
        var state = new LinkedHashMap<String, @Nullable String>();
        state.put("runNumber", String.valueOf(runNumber));
        state.put("runDate", runDate.toString());
        state.put("status", status.name());
        state.put("gateway", gateway);
        state.put("payments", String.valueOf(paymentCount));
        state.put("total", total().formatted());
        state.put("createdBy", createdByName);
        state.put("approvedBy", approvedByName);
        return state;
    }

    /** "Run 12", as finance's page names it. */
    public String name() {
        return "Run " + runNumber;
    }

    public long runNumber() {
        return runNumber;
    }

    public LocalDate runDate() {
        return runDate;
    }

    public RunStatus status() {
        return status;
    }

    public String gateway() {
        return gateway;
    }

    public int paymentCount() {
        return paymentCount;
    }

    public Money total() {
        return Money.ofPence(totalPence);
    }

    public UUID createdBy() {
        return createdBy;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable UUID approvedBy() {
        return approvedBy;
    }

    public @Nullable String approvedByName() {
        return approvedByName;
    }

    public @Nullable Instant approvedAt() {
        return approvedAt;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }
}
