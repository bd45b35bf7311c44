package org.travelassist.payments.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.payments.PaymentStatus;

/**
 * Pays a gateway run's payments one at a time, after the run's sending committed. The event stays in the publication
 * registry until every payout has an answer, so a crash part-way resumes it; each payout carries the key stored for
 * its instruction, so one already made is not made twice; payments already answered are skipped.
 */
@Component
class GatewayPayouts {

    private static final Logger log = LoggerFactory.getLogger(GatewayPayouts.class);

    private final PaymentInstructionRepository instructions;
    private final Payouts payouts;
    private final ObjectProvider<PayoutGateway> gateways;

    GatewayPayouts(PaymentInstructionRepository instructions, Payouts payouts, ObjectProvider<PayoutGateway> gateways) {
        this.instructions = instructions;
        this.payouts = payouts;
        this.gateways = gateways;
    }

    @ApplicationModuleListener
    void on(RunSubmitted submitted) {
        PayoutGateway gateway = gateways.getIfAvailable();
        if (gateway == null) {
            throw new IllegalStateException("Run " + submitted.runId() + " is to be paid through a gateway, and none is configured");
        }
        for (PaymentInstruction payment : instructions.inRun(submitted.runId())) {
            if (payment.status() != PaymentStatus.APPROVED) {
                continue;
            }
            String key = payouts.idempotencyKeyFor(payment.getId());
            var result = gateway.pay(new PayoutGateway.Payout(payment.getId(), key, payment.payee(), payment.amount(),
                    payment.statementReference()));
            payouts.record(payment.getId(), result);
            log.info("Payout of {} for run {}: {}", payment.getId(), submitted.runId(), result.getClass().getSimpleName());
        }
    }
}
