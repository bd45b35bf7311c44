package org.travelassist.payments.internal;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.travelassist.payments.PaymentStatus;

/**
 * Pays a gateway run's payments one at a time, after the run's sending committed, through the gateway the run was
 * created with.
 *
 * <p>Crash-safe: the event stays in the publication registry until every payment has an answer, and each answer
 * commits on its own (the listener holds no transaction of its own), so a run stopped part-way, by a crash or by
 * the gateway going quiet, resumes where it stopped when the event is resubmitted (by the registry's retry job, on
 * whichever node; a node does not resubmit on start-up, since the other node may be paying the run at that moment). Payments already answered are skipped; the one in flight when it stopped is sent again with the key
 * stored for it before its first call, so the gateway answers with the payout it already made, never a second one.
 */
@Component
class GatewayPayouts {

    private static final Logger log = LoggerFactory.getLogger(GatewayPayouts.class);

    private final PaymentInstructionRepository instructions;
    private final PaymentRunRepository runs;
    private final Payouts payouts;
    private final PayoutGateways gateways;

    GatewayPayouts(PaymentInstructionRepository instructions, PaymentRunRepository runs, Payouts payouts, PayoutGateways gateways) {
        this.instructions = instructions;
        this.runs = runs;
        this.payouts = payouts;
        this.gateways = gateways;
    }

    /** Not one transaction for the run: each payout's answer must be kept even if a later one never comes. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RunSubmitted submitted) {
        PaymentRun run = runs.findById(submitted.runId()).orElseThrow();
        PayoutGateway gateway = gateways.find(run.gateway()).orElseThrow(() -> new IllegalStateException(
                run.name() + " is to be paid through " + run.gateway() + ", and it is not configured"));
        int paid = 0;
        for (PaymentInstruction payment : instructions.inRun(submitted.runId())) {
            if (payment.status() != PaymentStatus.APPROVED) {
                continue; // answered before a crash or an earlier attempt
            }
            String key = payouts.idempotencyKeyFor(payment.getId());
            var result = gateway.pay(new PayoutGateway.Payout(payment.getId(), key, payment.payee(), payment.amount(),
                    payment.statementReference()));
            payouts.record(payment.getId(), result);
            log.info("Payout of {} for {}: {}", payment.getId(), run.name(), result.getClass().getSimpleName());
            if (result instanceof PayoutResult.Unknown || result instanceof PayoutResult.Failed failed && failed.retryable()) {
                // The gateway is unreachable, or cannot pay now (its balance): the rest would go the same way.
                throw new RunInterrupted(run.getId(), paid, payment.getId(), result);
            }
            paid++;
        }
    }

    /** Leaves the run's event incomplete in the publication registry, to be resubmitted and resumed from here. */
    static final class RunInterrupted extends RuntimeException {

        RunInterrupted(UUID runId, int answered, UUID stoppedAt, PayoutResult result) {
            super("Payment run " + runId + " stopped after " + answered + " answers this time, at payment " + stoppedAt + ": " + result
                    + ". It resumes from there when its event is resubmitted; nothing answered is sent again.");
        }
    }
}
