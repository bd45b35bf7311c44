package org.travelassist.payments.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.Payee;
import org.travelassist.payments.PaymentDue;
import org.travelassist.payments.PaymentFailed;
import org.travelassist.payments.PaymentSent;
import org.travelassist.payments.PaymentSettled;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.RecordChanged;

/**
 * Each step of a payment's life done whole: the instruction's state, its ledger entry, the event budgets and claims
 * listen for, and the audit record, in the caller's transaction so they commit together. Every step is idempotent:
 * a step already taken (an event or a webhook delivered again) changes nothing.
 */
@Component
@EnableConfigurationProperties(PaymentSettings.class)
public class PaymentSteps {

    static final String RECORD_TYPE = "PaymentInstruction";

    private final PaymentInstructionRepository instructions;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final PaymentSettings settings;
    private final Clock clock;

    PaymentSteps(PaymentInstructionRepository instructions, Ledger ledger, ApplicationEventPublisher events, JdbcClient jdbc,
            PaymentSettings settings, Clock clock) {
        this.instructions = instructions;
        this.ledger = ledger;
        this.events = events;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** A payment fell due: one instruction per source, whatever number of times the event arrives. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PaymentInstruction> create(PaymentDue due) {
        if (instructions.existsBySourceKindAndSourceId(due.source().kind(), due.source().id())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var instruction = PaymentInstruction.forPaymentDue(due, now);
        ledger.post(Postings.due(due.source(), instruction.getId(), due.householdId(), due.amount(), today(), due.description()));
        holdIfBankDetailsJustChanged(instruction);
        instructions.save(instruction);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, instruction.getId(), instruction.householdId(), instruction.auditState()));
        return Optional.of(instruction);
    }

    /**
     * Holds the payment when the household's bank details changed in the last few days, or after the payment copied
     * them: an officer checks with the family before money goes to a new account. Returns whether it was held.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean holdIfBankDetailsJustChanged(PaymentInstruction instruction) {
        Optional<Instant> changed = lastBankDetailsChange(instruction);
        if (changed.isEmpty() || !instruction.status().allows(org.travelassist.payments.PaymentAction.HOLD)) {
            return false;
        }
        Instant now = clock.instant();
        boolean recent = changed.get().isAfter(now.minus(Duration.ofDays(settings.holdDaysAfterBankDetailsChange())));
        boolean afterCopy = changed.get().isAfter(instruction.createdAt());
        if (!recent && !afterCopy) {
            return false;
        }
        instruction.hold("The family changed their bank details on " + GovukDates.day(changed.get())
                + (afterCopy ? ", after this payment was set up" : "") + ". Check the change with them before it is paid.", now);
        return true;
    }

    private Optional<Instant> lastBankDetailsChange(PaymentInstruction instruction) {
        return jdbc.sql("select changed_at from payments_bank_change where household_id = :household")
                .param("household", instruction.householdId())
                .query((rs, n) -> rs.getTimestamp("changed_at").toInstant())
                .optional();
    }

    /** It left the council (file submitted, or gateway accepted it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sent(PaymentInstruction instruction, LocalDate on, LocalDate expected, @Nullable String gatewayReference) {
        if (instruction.status() != PaymentStatus.APPROVED) {
            return;
        }
        instruction.send(on, expected, gatewayReference, clock.instant());
        ledger.post(Postings.sent(instruction.getId(), instruction.householdId(), instruction.amount(), on, instruction.description()));
        events.publishEvent(new PaymentSent(instruction.source(), instruction.getId(), instruction.householdId(), on, expected));
    }

    /** It reached the family's bank. Paid beats sent: a late "accepted" never undoes it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void settled(PaymentInstruction instruction, LocalDate on, @Nullable String gatewayReference, boolean audited) {
        if (instruction.status() == PaymentStatus.APPROVED) {
            sent(instruction, on, on, gatewayReference);
        }
        if (instruction.status() != PaymentStatus.SENT) {
            return;
        }
        var before = audited ? instruction.auditState() : Map.<String, @Nullable String>of();
        instruction.settle(on, gatewayReference, clock.instant());
        ledger.post(Postings.paid(instruction.getId(), instruction.householdId(), instruction.amount(), on, instruction.description()));
        events.publishEvent(new PaymentSettled(instruction.source(), instruction.getId(), instruction.householdId(), instruction.amount(),
                on, instruction.statementReference()));
        if (audited) {
            audit(instruction, before);
        }
    }

    /** It did not reach the family: the council owes it again, and the family is asked to check their bank details. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void failed(PaymentInstruction instruction, LocalDate on, String reason) {
        if (instruction.status() != PaymentStatus.SENT && instruction.status() != PaymentStatus.APPROVED) {
            return;
        }
        var before = instruction.auditState();
        boolean wasSent = instruction.status() == PaymentStatus.SENT;
        instruction.fail(on, reason, clock.instant());
        if (wasSent) {
            JournalEntry sent = ledger.find(Postings.key(EntryKind.SENT, instruction.getId())).orElseThrow();
            ledger.post(Postings.failed(sent, on, reason));
        }
        events.publishEvent(new PaymentFailed(instruction.source(), instruction.getId(), instruction.householdId(), instruction.amount(),
                on, reason));
        audit(instruction, before);
    }

    /** A failed payment made again to the household's new bank details; the new one is checked like any other. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PaymentInstruction reissue(PaymentInstruction failed, Payee newPayee) {
        var before = failed.auditState();
        PaymentInstruction again = failed.reissueTo(newPayee, today(), clock.instant());
        audit(failed, before);
        instructions.saveAndFlush(failed); // the old one leaves "live" before the new one takes its place
        holdIfBankDetailsJustChanged(again);
        instructions.save(again);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, again.getId(), again.householdId(), again.auditState()));
        return again;
    }

    /** It will not be paid; what was owed is withdrawn from the ledger. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(PaymentInstruction instruction, String reason) {
        var before = instruction.auditState();
        instruction.cancel(reason, clock.instant());
        ledger.find(Postings.dueKey(instruction.source()))
                .ifPresent(due -> ledger.post(Postings.cancelled(due, instruction.getId(), today(), reason)));
        audit(instruction, before);
    }

    /** Records that the household's bank details changed, for the hold rule. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bankDetailsChanged(java.util.UUID householdId, Instant changedAt) {
        jdbc.sql("""
                insert into payments_bank_change (household_id, changed_at) values (:household, :at)
                on conflict (household_id) do update set changed_at = greatest(payments_bank_change.changed_at, excluded.changed_at)""")
                .param("household", householdId)
                .param("at", java.sql.Timestamp.from(changedAt))
                .update();
    }

    void audit(PaymentInstruction instruction, Map<String, @Nullable String> before) {
        events.publishEvent(RecordChanged.changed(RECORD_TYPE, instruction.getId(), instruction.householdId(), before,
                instruction.auditState()));
    }

    LocalDate today() {
        return GovukDates.today(clock);
    }
}
