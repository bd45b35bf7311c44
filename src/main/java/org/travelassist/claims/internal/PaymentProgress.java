package org.travelassist.claims.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.claims.ClaimStatus;
import org.travelassist.payments.PaymentFailed;
import org.travelassist.payments.PaymentSent;
import org.travelassist.payments.PaymentSettled;
import org.travelassist.payments.PaymentSource;

/**
 * What became of an approved claim's payment, from payments' events, so the family's page says "paid". Idempotent:
 * the same event twice leaves the claim as the first left it.
 */
@Component
class PaymentProgress {

    private final ClaimRecords records;

    PaymentProgress(ClaimRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(PaymentSent sent) {
        claim(sent.source()).filter(claim -> claim.getStatus() == ClaimStatus.APPROVED || claim.getStatus() == ClaimStatus.PAYMENT_FAILED)
                .ifPresent(claim -> {
                    var before = ClaimRecords.state(claim);
                    claim.paymentSent(sent.expectedOn());
                    records.claims.saveAndFlush(claim);
                    records.changed(claim, before);
                });
    }

    @ApplicationModuleListener
    void on(PaymentSettled settled) {
        claim(settled.source()).filter(claim -> claim.getStatus().allows(ClaimStatus.ClaimAction.RECORD_PAYMENT)).ifPresent(claim -> {
            var before = ClaimRecords.state(claim);
            claim.paid(settled.paidOn());
            records.claims.saveAndFlush(claim);
            records.changed(claim, before);
        });
    }

    @ApplicationModuleListener
    void on(PaymentFailed failed) {
        claim(failed.source()).filter(claim -> claim.getStatus() == ClaimStatus.APPROVED).ifPresent(claim -> {
            var before = ClaimRecords.state(claim);
            claim.paymentFailed(failed.reason());
            records.claims.saveAndFlush(claim);
            records.changed(claim, before);
        });
    }

    private java.util.Optional<MileageClaim> claim(PaymentSource source) {
        return source.kind() == PaymentSource.Kind.MILEAGE_CLAIM ? records.claims.findById(source.id()) : java.util.Optional.empty();
    }
}
