package org.travelassist.payments;

import java.util.UUID;

/**
 * Money in: a family pays the council by card. The port other modules use (contributions), so that the card
 * provider can change without them: Stripe Checkout today ({@code payments.stripe.StripeCardPayments}); GOV.UK Pay,
 * which many councils already use for card payments, would be the other implementation, with the same calls (a
 * payment with a return URL, then a refund). A bean only when a provider is configured.
 *
 * <p>What became of a payment comes back as events: {@link CardPaymentReceived} once the provider says it was paid
 * (the webhook, after its commit), and {@link CardPaymentRefunded} after a refund. Each is posted to the ledger once
 * per reference.
 */
public interface CardPayments {

    /**
     * Where to send the payer to pay this: the provider's payment page. Asking again while that page is still open
     * (a double click, a second tab) gives the same page, never a second payment.
     *
     * @throws CardPaymentException when the provider cannot be reached or refuses; in words the payer can act on
     */
    Checkout checkout(CardPaymentRequest request);

    /**
     * Gives the whole payment back to the card it came from. Idempotent on the reference: asking twice refunds once.
     *
     * @param reason the officer's words, kept with the refund
     * @throws CardPaymentException when it was never paid, or the provider cannot be reached or refuses
     */
    void refund(UUID reference, String reason);

    /** @param url the provider's page, absolute */
    record Checkout(String url) {}
}
