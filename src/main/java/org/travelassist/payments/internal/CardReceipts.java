package org.travelassist.payments.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.payments.CardPaymentReceived;
import org.travelassist.payments.CardPaymentRefunded;
import org.travelassist.shared.Money;

/**
 * Money in, in the ledger: a card payment received, and its refund, each posted once for its reference, with the
 * event published in the same transaction only when it was posted, so a webhook delivered twice tells nobody twice.
 */
@Component
public class CardReceipts {

    private final Ledger ledger;
    private final ApplicationEventPublisher events;

    CardReceipts(Ledger ledger, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.events = events;
    }

    /** Returns whether this was news (the first time the payment was recorded). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean received(UUID reference, UUID householdId, Money amount, LocalDate on, String description) {
        boolean posted = ledger.post(Postings.received(reference, householdId, amount, on, description));
        if (posted) {
            events.publishEvent(new CardPaymentReceived(reference, householdId, amount, on));
        }
        return posted;
    }

    /** Returns whether this was news; refuses a refund of what was never received. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean refunded(UUID reference, LocalDate on, String reason) {
        JournalEntry received = ledger.find(Postings.receivedKey(reference))
                .orElseThrow(() -> new IllegalStateException("No card payment was received for " + reference));
        boolean posted = ledger.post(Postings.refunded(received, reference, on, "Refunded: " + reason));
        if (posted) {
            events.publishEvent(new CardPaymentRefunded(reference, received.householdId(), received.amount(), reason, on));
        }
        return posted;
    }

    /** Whether a payment for this reference is in the ledger, and not refunded. */
    @Transactional(readOnly = true)
    public boolean holds(UUID reference) {
        return ledger.find(Postings.receivedKey(reference)).isPresent() && ledger.find("refunded:" + reference).isEmpty();
    }
}
