package org.travelassist.payments.stripe;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One call to Stripe, tried again on what a retry can cure: the network (no answer, a timeout), Stripe's own errors
 * (500s), rate limits (429) and a key still in use by an earlier try (409). Every try of a POST carries the same
 * Idempotency-Key, so a retry never does the work twice. Anything else (a refused request) is not retried.
 */
@Component
class StripeCalls {

    private static final Logger log = LoggerFactory.getLogger(StripeCalls.class);

    private final int attempts;
    private final Duration firstBackoff;

    @org.springframework.beans.factory.annotation.Autowired
    StripeCalls(StripeSettings settings) {
        this(settings.attempts(), settings.firstBackoff());
    }

    StripeCalls(int attempts, Duration firstBackoff) {
        this.attempts = Math.max(1, attempts);
        this.firstBackoff = firstBackoff;
    }

    @FunctionalInterface
    interface Call<T> {
        T call() throws StripeException;
    }

    /** Stripe did not answer usefully after every try; what happened is unknown. */
    static final class StripeUnreachable extends Exception {
        StripeUnreachable(String what, int tries, StripeException last) {
            super(what + ": no answer from Stripe after " + tries + " tries (" + last.getClass().getSimpleName()
                    + (last.getStatusCode() == null ? "" : " " + last.getStatusCode()) + ")", last);
        }
    }

    <T> T call(String what, Call<T> call) throws StripeException, StripeUnreachable {
        Duration wait = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (StripeException e) {
                if (!retryable(e)) {
                    throw e;
                }
                if (attempt >= attempts) {
                    throw new StripeUnreachable(what, attempt, e);
                }
                log.info("{}: try {} of {} failed ({}), trying again in {} ms", what, attempt, attempts,
                        e.getClass().getSimpleName(), wait.toMillis());
                pause(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    static boolean retryable(StripeException e) {
        return e instanceof ApiConnectionException
                || e instanceof RateLimitException
                // 409: an earlier try with this key is still in progress at Stripe (idempotency_key_in_use).
                // stripe-java raises it as an ApiException, not an IdempotencyException (that is 400, another request
                // under the key), so it was refused as final: a payout Stripe was making was recorded as failed.
                || Integer.valueOf(409).equals(e.getStatusCode())
                || (e instanceof ApiException && e.getStatusCode() != null && e.getStatusCode() >= 500);
    }

    private static void pause(Duration wait) {
        // Up to half as long again, so that many payouts failing together do not all come back together.
        long millis = wait.toMillis() + ThreadLocalRandom.current().nextLong(wait.toMillis() / 2 + 1);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to call Stripe again", e);
        }
    }
}
