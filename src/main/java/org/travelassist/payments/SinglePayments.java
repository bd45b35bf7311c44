package org.travelassist.payments;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.payments.internal.PaymentInstruction;
import org.travelassist.payments.internal.PaymentInstructionRepository;
import org.travelassist.payments.internal.PaymentRunRepository;
import org.travelassist.payments.internal.PaymentSteps;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.Money;
import org.travelassist.shared.PlainText;
import org.travelassist.shared.RecordChanged;

/**
 * Finance officers acting on one payment outside a run: hold it (a recovery in progress, a question for the family),
 * release it once checked, or cancel it. Each needs a reason, which the audit trail keeps; {@link PaymentStatus}
 * decides which is allowed now, and a step it does not allow is refused in words. Each returns the payment's status
 * after it.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.FINANCE + "')")
public class SinglePayments {

    /** The longest reason finance can give; the family may read it. */
    public static final int REASON_MAX = 300;

    private final PaymentInstructionRepository instructions;
    private final PaymentRunRepository runs;
    private final PaymentSteps steps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SinglePayments(PaymentInstructionRepository instructions, PaymentRunRepository runs, PaymentSteps steps, ApplicationEventPublisher events,
            Clock clock) {
        this.instructions = instructions;
        this.runs = runs;
        this.steps = steps;
        this.events = events;
        this.clock = clock;
    }

    /** Holds a due or gathered payment until a finance officer releases it; a gathered one leaves its open run. */
    @Transactional
    public PaymentStatus hold(UUID instructionId, String reason) {
        String why = requireReason(reason, "Enter why the payment is held");
        PaymentInstruction instruction = instruction(instructionId);
        var before = instruction.auditState();
        UUID run = instruction.runId();
        instruction.hold(why, clock.instant());
        audit(instruction, before, Map.of());
        if (run != null) {
            recount(run);
        }
        return instruction.status();
    }

    /** An open run a payment left holds one fewer: its count and total are what its approver sees. */
    private void recount(UUID runId) {
        runs.findById(runId).ifPresent(run -> {
            var before = run.auditState();
            var left = instructions.inRun(runId);
            run.holds(left.size(), Money.sum(left.stream().map(PaymentInstruction::amount).toList()));
            events.publishEvent(RecordChanged.changed(PaymentRuns.RUN, run.getId(), null, before, run.auditState()));
        });
    }

    /** Checked: the held payment is due again, for the next run. The reason (what was checked) is kept in the audit. */
    @Transactional
    public PaymentStatus release(UUID instructionId, String reason) {
        String why = requireReason(reason, "Enter what you checked before releasing the payment");
        PaymentInstruction instruction = instruction(instructionId);
        var before = instruction.auditState();
        instruction.release(clock.instant());
        audit(instruction, before, Map.of("releasedBecause", why));
        return instruction.status();
    }

    /** It will not be paid (due, held or failed), with the reason the family will read; the ledger withdraws it. */
    @Transactional
    public PaymentStatus cancel(UUID instructionId, String reason) {
        String why = requireReason(reason, "Enter why the payment is cancelled");
        PaymentInstruction instruction = instruction(instructionId);
        steps.cancel(instruction, why);
        return instruction.status();
    }

    private static String requireReason(@Nullable String reason, String message) {
        String cleaned = reason == null ? "" : PlainText.clean(reason).strip();
        if (cleaned.isEmpty()) {
            throw new InvalidPaymentException(message);
        }
        if (cleaned.length() > REASON_MAX) {
            throw new InvalidPaymentException("Write the reason in " + REASON_MAX + " characters or fewer");
        }
        return cleaned;
    }

    private void audit(PaymentInstruction instruction, Map<String, @Nullable String> before, Map<String, String> extra) {
        var after = new LinkedHashMap<>(instruction.auditState());
        after.putAll(extra);
        events.publishEvent(RecordChanged.changed("PaymentInstruction", instruction.getId(), instruction.householdId(), before, after));
    }

    private PaymentInstruction instruction(UUID id) {
        return instructions.findById(id).orElseThrow(() -> new InvalidPaymentException("There is no payment " + id));
    }
}
