package org.travelassist.payments.stripe;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal talks to Stripe ({@code travelassist.stripe.*}; in production STRIPE_API_KEY and
 * STRIPE_WEBHOOK_SECRET). Nothing Stripe runs without an API key.
 *
 * @param apiBase empty for Stripe itself; the fake's address in tests and the local profile
 * @param attempts how many times one call is tried on a network error before the payout is left "unknown"
 * @param firstBackoff the wait before the second try; it doubles each time, with jitter
 * @param webhookTolerance how old a signed webhook may be (Stripe's default, 5 minutes): older ones are replays
 */
@ConfigurationProperties("travelassist.stripe")
public record StripeSettings(
        @DefaultValue("") String apiKey,
        @DefaultValue("") String webhookSecret,
        @DefaultValue("") String apiBase,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("5") int attempts,
        @DefaultValue("500ms") Duration firstBackoff,
        @DefaultValue("300s") Duration webhookTolerance,
        @DefaultValue Fake fake) {

    /** The local profile's and the tests' fake of Stripe's HTTP API. */
    public record Fake(@DefaultValue("false") boolean enabled, @DefaultValue("0") int port) {}

    public boolean configured() {
        return !apiKey.isBlank();
    }

    /** A live key takes only live events; a test key only test events (Stripe sends both to a live endpoint). */
    public boolean livemode() {
        return apiKey.startsWith("sk_live_") || apiKey.startsWith("rk_live_");
    }
}
