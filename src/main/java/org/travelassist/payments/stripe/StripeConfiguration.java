package org.travelassist.payments.stripe;

import com.stripe.StripeClient;
import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.travelassist.payments.stripe.local.FakeStripe;

/** The real stripe-java client, pointed at Stripe, or in tests and the local profile at {@link FakeStripe}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StripeSettings.class)
class StripeConfiguration {

    static final String STRIPE_CONFIGURED = "'${travelassist.stripe.api-key:}' != ''";

    @Bean
    @ConditionalOnExpression(STRIPE_CONFIGURED)
    StripeClient stripeClient(StripeSettings settings, ObjectProvider<FakeStripe> fake) {
        var builder = StripeClient.builder()
                .setApiKey(settings.apiKey())
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setReadTimeout((int) settings.readTimeout().toMillis())
                // We retry ourselves (StripeCalls), with the instruction's own key and our own backoff.
                .setMaxNetworkRetries(0);
        FakeStripe local = fake.getIfAvailable();
        String base = local != null ? local.apiBase() : settings.apiBase();
        if (!base.isBlank()) {
            builder.setApiBase(base);
        }
        return builder.build();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "travelassist.stripe.fake.enabled", havingValue = "true")
    FakeStripe fakeStripe(StripeSettings settings, Environment environment, Clock clock) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The fake Stripe must never run in production: unset travelassist.stripe.fake.enabled");
        }
        if (!settings.configured() || settings.webhookSecret().isBlank()) {
            throw new IllegalStateException("The fake Stripe needs travelassist.stripe.api-key and webhook-secret");
        }
        // The portal's clock: the webhook checks the fake's signatures against it, and a test may move it.
        return FakeStripe.start(settings.fake().port(), settings.apiKey(), settings.webhookSecret(), clock);
    }

    @Bean
    PortalAddress stripePortalAddress(@Value("${travelassist.public-url}") String publicUrl) {
        return new PortalAddress(publicUrl);
    }

    /**
     * The fake sends its events to this portal's webhook, and its Checkout page back to this portal, once the port
     * is known (tests listen on a random one).
     */
    @Bean
    @ConditionalOnProperty(name = "travelassist.stripe.fake.enabled", havingValue = "true")
    ApplicationListener<WebServerInitializedEvent> fakeStripeWebhookTarget(FakeStripe fake, PortalAddress portal) {
        return event -> {
            if (!"management".equals(event.getApplicationContext().getServerNamespace())) {
                fake.deliverTo(URI.create("http://localhost:" + event.getWebServer().getPort() + StripeWebhookController.PATH));
                portal.listeningOn(event.getWebServer().getPort());
            }
        };
    }
}
