package org.travelassist.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.payments.internal.Ledger;
import org.travelassist.payments.internal.PaymentInstruction;
import org.travelassist.payments.internal.PaymentInstructionRepository;
import org.travelassist.payments.internal.PaymentRun;
import org.travelassist.payments.internal.PaymentRunRepository;
import org.travelassist.payments.internal.PaymentSettings;
import org.travelassist.payments.internal.PaymentSteps;
import org.travelassist.payments.internal.PayoutGateways;
import org.travelassist.payments.internal.ReturnsFile;
import org.travelassist.payments.internal.RunDates;
import org.travelassist.payments.internal.RunSubmitted;
import org.travelassist.payments.internal.Reconciliation;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;
import org.travelassist.shared.RecordChanged;

/**
 * Payment runs, for finance officers only: gather every due payment for a run date, have a second finance officer
 * approve it (never the one who created it), then send it. Single payments: {@link SinglePayments}.
 * Every step is audited; a step the run's or payment's state does not allow is refused in words.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.FINANCE + "')")
public class PaymentRuns {

    static final String RUN = "PaymentRun";

    private final PaymentRunRepository runs;
    private final PaymentInstructionRepository instructions;
    private final PaymentSteps steps;
    private final Ledger ledger;
    private final PayoutGateways gateways;
    private final CurrentUser currentUser;
    private final HouseholdAccess households;
    private final ApplicationEventPublisher events;
    private final Reconciliation reconciliation;
    private final Clock clock;

    PaymentRuns(PaymentRunRepository runs, PaymentInstructionRepository instructions, PaymentSteps steps, Ledger ledger,
            PayoutGateways gateways, CurrentUser currentUser, HouseholdAccess households, ApplicationEventPublisher events,
            Reconciliation reconciliation, Clock clock) {
        this.runs = runs;
        this.instructions = instructions;
        this.steps = steps;
        this.ledger = ledger;
        this.gateways = gateways;
        this.currentUser = currentUser;
        this.households = households;
        this.events = events;
        this.reconciliation = reconciliation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FinanceOverview overview() {
        UUID me = currentUser.require().id();
        return new FinanceOverview(
                runs.findTop20ByOrderByRunNumberDesc().stream().map(run -> summary(run, me)).toList(),
                summaries(instructions.findByStatusOrderByDueOnAsc(PaymentStatus.DUE)),
                summaries(instructions.findByStatusOrderByDueOnAsc(PaymentStatus.HELD)),
                summaries(instructions.findByStatusOrderByDueOnAsc(PaymentStatus.FAILED)),
                ledger.totals());
    }

    @Transactional(readOnly = true)
    public RunSummary run(UUID runId) {
        return summary(find(runId), currentUser.require().id());
    }

    /** The payments in a run, in the order of its file. */
    @Transactional(readOnly = true)
    public List<PaymentSummary> paymentsIn(UUID runId) {
        return summaries(instructions.inRun(find(runId).getId()));
    }

    /** The earliest run date finance can choose today, for the default gateway. */
    @Transactional(readOnly = true)
    public LocalDate earliestRunDate() {
        return earliestRunDate(gateways.byDefault());
    }

    /** The earliest run date for a run paid through this gateway: a BACS file needs the bank's 3-day cycle. */
    @Transactional(readOnly = true)
    public LocalDate earliestRunDate(String gateway) {
        return RunDates.earliest(GovukDates.today(clock), PaymentSettings.paysByFile(gateway));
    }

    /** How finance may pay a run here ("bacs", "stripe"), the council's default first. */
    public List<String> gatewaysOffered() {
        return gateways.offered();
    }

    /** A run paid the council's default way. */
    @Transactional
    public RunSummary create(LocalDate runDate) {
        return create(runDate, gateways.byDefault());
    }

    /**
     * Gathers every due payment whose date has come by the run date into a new run, to be paid through the gateway
     * chosen (one of {@link #gatewaysOffered()}); the run keeps it. Payments whose household's bank details changed
     * since are held instead, for an officer to check.
     */
    @Transactional
    public RunSummary create(LocalDate runDate, String gateway) {
        AppUser me = currentUser.require();
        if (!gateways.isOffered(gateway)) {
            throw new InvalidPaymentException("Payments are not made through " + gateway + " here: choose " + String.join(" or ", gateways.offered()));
        }
        RunDates.check(runDate, GovukDates.today(clock), PaymentSettings.paysByFile(gateway));
        var run = runs.save(new PaymentRun(runs.nextRunNumber(), runDate, gateway, me.id(), me.displayName(), clock.instant()));
        var gathered = instructions.findByStatusOrderByDueOnAsc(PaymentStatus.DUE).stream()
                .filter(instruction -> !instruction.dueOn().isAfter(runDate))
                .filter(instruction -> !steps.holdIfBankDetailsJustChanged(instruction))
                .toList();
        if (gathered.isEmpty()) {
            throw new InvalidPaymentException("There are no payments due by " + GovukDates.day(runDate) + " to put in a run");
        }
        gathered.forEach(instruction -> instruction.gatherInto(run.getId(), clock.instant()));
        run.holds(gathered.size(), Money.sum(gathered.stream().map(PaymentInstruction::amount).toList()));
        events.publishEvent(RecordChanged.created(RUN, run.getId(), null, run.auditState()));
        return summary(run, me.id());
    }

    /** Four eyes: a finance officer who did not create the run approves it, and then nothing in it can change. */
    @Transactional
    public RunSummary approve(UUID runId) {
        AppUser me = currentUser.require();
        PaymentRun run = find(runId);
        var before = run.auditState();
        run.approve(me.id(), me.displayName(), clock.instant());
        instructions.inRun(runId).forEach(instruction -> instruction.approve(clock.instant()));
        events.publishEvent(RecordChanged.changed(RUN, run.getId(), null, before, run.auditState()));
        return summary(run, me.id());
    }

    /** Before approval only: the run goes, and its payments are due again for the next one. */
    @Transactional
    public void discard(UUID runId) {
        PaymentRun run = find(runId);
        var before = run.auditState();
        run.discard();
        instructions.inRun(runId).forEach(instruction -> instruction.dropFromRun(clock.instant()));
        events.publishEvent(RecordChanged.changed(RUN, run.getId(), null, before, run.auditState()));
    }

    /**
     * The approved run has gone to the bank: finance submitted its BACS file, and each payment is sent, expected in
     * the family's account on the run date. A gateway's run is paid payment by payment once this commits.
     */
    @Transactional
    public RunSummary recordSubmitted(UUID runId) {
        PaymentRun run = find(runId);
        var before = run.auditState();
        run.submit(clock.instant());
        LocalDate today = GovukDates.today(clock);
        if (PaymentSettings.paysByFile(run.gateway())) {
            instructions.inRun(runId).forEach(instruction -> steps.sent(instruction, today, run.runDate(), null));
        } else {
            events.publishEvent(new RunSubmitted(run.getId()));
        }
        events.publishEvent(RecordChanged.changed(RUN, run.getId(), null, before, run.auditState()));
        return summary(run, currentUser.require().id());
    }

    /**
     * The bank's returns report for a sent run: the payments it lists failed, with their reason; the rest are paid,
     * on the run date. The file is checked whole first and refused whole, naming the row, so nothing is half-applied.
     */
    @Transactional
    public ReturnsRecorded recordReturns(UUID runId, byte[] csv) {
        PaymentRun run = find(runId);
        if (!PaymentSettings.BACS.equals(run.gateway())) {
            throw new InvalidPaymentException(run.name() + " is paid through " + run.gateway() + ": its payments are marked paid or failed "
                    + "as the gateway reports them, not by a returns file");
        }
        if (run.status() != RunStatus.SUBMITTED) {
            throw new InvalidPaymentException("You can record the bank's returns once the run is sent, and only once");
        }
        LocalDate processing = RunDates.processingDay(run.runDate());
        if (GovukDates.today(clock).isBefore(processing)) {
            throw new InvalidPaymentException("The bank reports returns after it processes the run on " + GovukDates.day(processing)
                    + ": record them then");
        }
        List<PaymentInstruction> payments = instructions.inRun(runId);
        var sent = payments.stream().map(i -> new ReturnsFile.Sent(i.getId(), i.statementReference(), i.payee().sortCode(),
                i.payee().accountNumber(), i.amount())).toList();
        var returned = ReturnsFile.read(csv, sent).stream()
                .collect(java.util.stream.Collectors.toMap(ReturnsFile.Returned::instructionId, ReturnsFile.Returned::reason));
        var before = run.auditState();
        LocalDate today = GovukDates.today(clock);
        Money failedTotal = Money.ZERO;
        Money paidTotal = Money.ZERO;
        for (PaymentInstruction payment : payments) {
            var reason = returned.get(payment.getId());
            if (reason != null) {
                steps.failed(payment, today, reason.words);
                failedTotal = failedTotal.plus(payment.amount());
            } else {
                steps.settled(payment, run.runDate(), null, false);
                paidTotal = paidTotal.plus(payment.amount());
            }
        }
        run.close(clock.instant());
        var after = new java.util.LinkedHashMap<>(run.auditState());
        after.put("returned", returned.size() + " of " + failedTotal);
        after.put("paid", (payments.size() - returned.size()) + " of " + paidTotal);
        events.publishEvent(RecordChanged.changed(RUN, run.getId(), null, before, after));
        return new ReturnsRecorded(returned.size(), failedTotal, payments.size() - returned.size(), paidTotal);
    }

    /** What reconciliation finds now, and what the daily check found last. */
    @Transactional(readOnly = true)
    public Reconciled reconciliation() {
        return new Reconciled(reconciliation.differences(), reconciliation.lastDailyCheck().orElse("The daily check has not run yet."));
    }

    private PaymentRun find(UUID runId) {
        return runs.findById(runId).orElseThrow(() -> new InvalidPaymentException("There is no payment run " + runId));
    }

    private RunSummary summary(PaymentRun run, UUID me) {
        return new RunSummary(run.getId(), run.runNumber(), run.runDate(), run.status(), run.gateway(), run.paymentCount(), run.total(),
                run.createdByName(), run.createdAt(), run.approvedByName(), run.approvedAt(), run.createdBy().equals(me));
    }

    private List<PaymentSummary> summaries(List<PaymentInstruction> list) {
        var runNumbers = new java.util.HashMap<UUID, Long>();
        var families = new java.util.HashMap<UUID, String>();
        return list.stream().sorted(Comparator.comparing(PaymentInstruction::dueOn)).map(instruction -> new PaymentSummary(
                instruction.getId(),
                families.computeIfAbsent(instruction.householdId(), households::familyName),
                instruction.description(), instruction.amount(), instruction.dueOn(), instruction.status(),
                instruction.statementReference(), instruction.payee().masked(),
                instruction.runId() == null ? null : runNumbers.computeIfAbsent(instruction.runId(),
                        id -> runs.findById(id).map(PaymentRun::runNumber).orElse(0L)),
                firstNonNull(instruction.heldReason(), instruction.failureReason(), instruction.cancelledReason())))
                .toList();
    }

    private static @Nullable String firstNonNull(@Nullable String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
