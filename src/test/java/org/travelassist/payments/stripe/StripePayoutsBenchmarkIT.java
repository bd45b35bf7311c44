package org.travelassist.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.StripeClient;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.IntegrationTest;
import org.travelassist.benchmark.BenchmarkReport;
import org.travelassist.payments.stripe.local.FakeStripe;

/** The full figure: 1,000 payouts through 20% injected failures, each paid once. {@code ./mvnw verify -Pbenchmark}. */
@IntegrationTest
@Tag("benchmark")
class StripePayoutsBenchmarkIT {

    @Autowired StripeClient stripe;
    @Autowired StripeRecipients recipients;
    @Autowired FakeStripe fake;

    @Test
    void a_thousand_payouts_through_twenty_percent_failures_are_each_paid_exactly_once() throws Exception {
        var figures = new PayoutFaultDrill(new StripePayoutGateway(stripe, recipients, new StripeCalls(2, Duration.ofMillis(20))), fake)
                .run(1_000, 2026);

        assertThat(figures.failuresInjected()).isGreaterThan(100);
        BenchmarkReport.section("Stripe payouts against the fake, 20% of requests failing", String.format(Locale.UK,
                "%,d payouts to %,d households in %,d ms: %.1f a second on 4 sending threads. %,d requests, %,d failures "
                        + "injected (500 before, answer after the client's 1 s timeout, connection dropped after), %,d Unknown "
                        + "results asked again. Every instruction paid exactly once, to the penny; no request the fake refused.",
                figures.payouts(), figures.households(), figures.millis(), figures.perSecond(), figures.posts(),
                figures.failuresInjected(), figures.unknownsRetried()));
    }
}
