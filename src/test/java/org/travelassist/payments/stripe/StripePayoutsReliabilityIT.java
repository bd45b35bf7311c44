package org.travelassist.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.StripeClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.IntegrationTest;
import org.travelassist.payments.stripe.local.FakeStripe;

/**
 * Exactly once under faults (each call tried twice, so the "Unknown, ask again later" path is taken too), at the size that keeps {@code ./mvnw verify} quick (200 payouts); the benchmark
 * profile runs the full 1,000 ({@code StripePayoutsBenchmarkIT}).
 */
@IntegrationTest
class StripePayoutsReliabilityIT {

    @Autowired StripeClient stripe;
    @Autowired StripeRecipients recipients;
    @Autowired FakeStripe fake;

    @Test
    void two_hundred_payouts_through_twenty_percent_failures_are_each_paid_exactly_once() throws Exception {
        var figures = new PayoutFaultDrill(new StripePayoutGateway(stripe, recipients, new StripeCalls(2, Duration.ofMillis(20))), fake).run(200, 42);

        assertThat(figures.failuresInjected()).as("faults were really injected").isGreaterThan(20);
        // Two tries a call, so some payouts come back Unknown and are asked again, as the payments core does.
        assertThat(figures.unknownsRetried()).isPositive();
        System.out.printf("Stripe payouts against the fake: %d in %d ms (%.1f a second), %d requests, %d failures injected, "
                + "%d Unknown results asked again%n", figures.payouts(), figures.millis(), figures.perSecond(), figures.posts(),
                figures.failuresInjected(), figures.unknownsRetried());
    }
}
