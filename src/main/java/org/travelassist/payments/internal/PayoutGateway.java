package org.travelassist.payments.internal;

import java.util.UUID;
import org.travelassist.accounts.Payee;
import org.travelassist.shared.Money;

/** Pays one instruction at a time (Stripe). The BACS file gateway is a run-level export instead; see BacsFile. */
public interface PayoutGateway {

    /** "stripe"; chosen by configuration {@code travelassist.payments.gateway} = bacs (default) | stripe. */
    String name();

    /** Must be safe to call again with the same payout (same idempotency key ⇒ paid once). */
    PayoutResult pay(Payout payout);

    /** After a day without an answer: what the gateway knows of this payout; never resend blindly. */
    PayoutResult lookUp(Payout payout);

    record Payout(UUID instructionId, String idempotencyKey, Payee payee, Money amount, String statementReference) {}
}
