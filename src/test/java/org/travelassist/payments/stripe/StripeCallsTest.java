package org.travelassist.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.exception.ApiException;
import com.stripe.exception.IdempotencyException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What a retry can cure, as stripe-java raises it. */
class StripeCallsTest {

    final StripeCalls calls = new StripeCalls(3, Duration.ofMillis(1));

    @Test
    void a_key_still_in_use_by_an_earlier_try_is_tried_again_not_taken_as_a_refusal() throws Exception {
        // What stripe-java makes of Stripe's 409 idempotency_key_in_use: an ApiException, not an IdempotencyException.
        var tries = new AtomicInteger();
        String answer = calls.call("Transfer", () -> {
            if (tries.incrementAndGet() == 1) {
                throw new ApiException("There is currently another in-progress request using this Idempotent Key.",
                        "req_1", "idempotency_key_in_use", 409, null);
            }
            return "tr_1";
        });

        assertThat(answer).isEqualTo("tr_1");
        assertThat(tries).hasValue(2);
    }

    @Test
    void a_key_reused_with_other_parameters_is_refused_at_once() {
        var tries = new AtomicInteger();
        assertThatThrownBy(() -> calls.call("Transfer", () -> {
            tries.incrementAndGet();
            throw new IdempotencyException("Keys for idempotent requests can only be used with the same parameters.",
                    "req_2", null, 400);
        })).isInstanceOf(IdempotencyException.class);
        assertThat(tries).hasValue(1);
    }
}
