package org.travelassist.payments.internal;

/** What a gateway said about one payout. */
public sealed interface PayoutResult {

    /** Sent; it settles later, by webhook. */
    record Accepted(String gatewayReference) implements PayoutResult {}

    record Paid(String gatewayReference) implements PayoutResult {}

    record Failed(String reason, boolean retryable) implements PayoutResult {}

    /** A network error or timeout: ask again later, never resend blindly. */
    record Unknown(String why) implements PayoutResult {}
}
