package org.travelassist.payments.stripe;

/** A genuine Stripe event is in the inbox; published with it, so it is applied even across a crash. */
record StripeEventReceived(String eventId) {}
