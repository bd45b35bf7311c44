package org.travelassist.contributions.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.contributions.InstalmentPaid;
import org.travelassist.payments.CardPaymentReceived;
import org.travelassist.shared.RecordChanged;

/**
 * A card payment was recorded in the ledger: the instalment it paid (its reference) is paid. Delivered once per
 * payment, and again after a crash; marking an instalment paid twice changes nothing.
 */
@Component
class CardPaymentOutcomes {

    private static final Logger log = LoggerFactory.getLogger(CardPaymentOutcomes.class);

    private final ChargeRecords records;

    CardPaymentOutcomes(ChargeRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(CardPaymentReceived received) {
        var found = records.charges.findByInstalment(received.reference());
        if (found.isEmpty()) {
            return; // another module's card payment
        }
        Charge charge = found.get();
        var instalment = charge.instalment(received.reference());
        if (!instalment.amount().equals(received.amount())) {
            log.error("Card payment {} was {} but instalment {} is {}", received.reference(), received.amount(), instalment.getId(),
                    instalment.amount());
        }
        var before = ChargeRecords.state(charge);
        if (charge.paid(instalment.getId(), received.paidOn())) {
            records.charges.saveAndFlush(charge);
            records.publish(RecordChanged.changed(ChargeRecords.CHARGE, charge.getId(), charge.householdId(), before,
                    ChargeRecords.state(charge)));
            var details = records.details(charge);
            var paid = details.instalments().stream().filter(i -> i.id().equals(instalment.getId())).findFirst().orElseThrow();
            records.publish(new InstalmentPaid(charge.getId(), instalment.getId(), charge.householdId(), charge.kind(), paid.name(),
                    received.amount(), received.paidOn()));
        }
    }
}
