/**
 * Stripe, the only package that imports stripe-java: payouts to families through Connect transfers
 * ({@link org.travelassist.payments.stripe.StripePayoutGateway}), parents' card payments through Checkout, and the
 * webhook that tells the portal what became of both. {@code local} holds a fake of Stripe's HTTP API for tests and the
 * local profile.
 */
@org.jspecify.annotations.NullMarked
package org.travelassist.payments.stripe;
