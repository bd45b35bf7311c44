package org.travelassist.payments.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.shared.GovukDates;

/**
 * Where a gateway's answers and webhook-reported outcomes land, one payment at a time. Each is idempotent and applied
 * by status precedence: approved, then sent, then paid or failed; a late or repeated answer never moves a payment
 * back ("accepted" after "paid" changes nothing). System code only (gateways, webhooks, jobs): it checks no one's role.
 */
@Component
public class Payouts {

    private static final Logger log = LoggerFactory.getLogger(Payouts.class);

    private final PaymentInstructionRepository instructions;
    private final PaymentSteps steps;
    private final GatewayRunCompletion completion;
    private final Clock clock;

    Payouts(PaymentInstructionRepository instructions, PaymentSteps steps, GatewayRunCompletion completion, Clock clock) {
        this.instructions = instructions;
        this.steps = steps;
        this.completion = completion;
        this.clock = clock;
    }

    /** What the gateway answered when it was asked to pay, or asked later what became of a payout. */
    @Transactional
    public void record(UUID instructionId, PayoutResult result) {
        PaymentInstruction instruction = instructions.findById(instructionId)
                .orElseThrow(() -> new IllegalArgumentException("No payment " + instructionId));
        LocalDate today = GovukDates.today(clock);
        switch (result) {
            case PayoutResult.Accepted accepted -> steps.sent(instruction, today, today, accepted.gatewayReference());
            case PayoutResult.Paid paid -> steps.settled(instruction, today, paid.gatewayReference(), true);
            case PayoutResult.Failed failed when !failed.retryable() -> steps.failed(instruction, today, failed.reason());
            case PayoutResult.Failed failed -> log.warn("Payout {} failed and will be tried again: {}", instructionId, failed.reason());
            case PayoutResult.Unknown unknown -> log.warn("Payout {} unknown, to look up later: {}", instructionId, unknown.why());
        }
        completion.afterAnswerFor(instruction);
    }

    /** The gateway says the payout reached the family's bank (a webhook). Unknown references are ignored and logged. */
    @Transactional
    public void settled(String gatewayReference, LocalDate paidOn) {
        instructions.findByGatewayReference(gatewayReference).ifPresentOrElse(
                instruction -> {
                    steps.settled(instruction, paidOn, gatewayReference, true);
                    completion.afterAnswerFor(instruction);
                },
                () -> log.warn("Settlement for unknown payout {}", gatewayReference));
    }

    /** The gateway says the payout failed (a webhook). A payout already paid stays paid. */
    @Transactional
    public void failed(String gatewayReference, String reason) {
        instructions.findByGatewayReference(gatewayReference).ifPresentOrElse(instruction -> {
            if (instruction.status() == PaymentStatus.PAID) {
                log.warn("Payout {} reported failed after it was paid: left paid, for reconciliation", gatewayReference);
                return;
            }
            steps.failed(instruction, GovukDates.today(clock), reason);
            completion.afterAnswerFor(instruction);
        }, () -> log.warn("Failure for unknown payout {}", gatewayReference));
    }

    /** The key to send with this payout, stored before the first call so every retry reuses it. */
    @Transactional
    public String idempotencyKeyFor(UUID instructionId) {
        return instructions.findById(instructionId).orElseThrow().idempotencyKey();
    }
}
