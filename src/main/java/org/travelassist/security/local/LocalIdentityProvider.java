package org.travelassist.security.local;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * The local profile's OpenID Connect provider: a real authorization-code flow with PKCE, ES256-signed ID tokens
 * and RP-initiated logout, with a login page that lists the fixed demo accounts ({@link DemoIdentityServer}).
 * It starts before the Spring context refreshes, because the client registrations read its discovery document
 * then, and it publishes its address as {@code travelassist.local-idp.url}. It refuses to run in production.
 */
public class LocalIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(LocalIdentityProvider.class);
    private static final String PROPERTY_SOURCE = "localIdentityProvider";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        boolean enabled = environment.getProperty("travelassist.local-idp.enabled", Boolean.class, false);
        if (enabled && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException(
                    "The demo identity provider must never run in production: unset travelassist.local-idp.enabled");
        }
        if (!enabled || environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        var server = new DemoIdentityServer(environment.getProperty("travelassist.local-idp.port", Integer.class, 0));
        environment.getPropertySources()
                .addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of("travelassist.local-idp.url", server.url())));
        // A disposable bean stops with the context, also when start-up fails and no close event is published.
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(PROPERTY_SOURCE, server::shutdown);
        }
        log.info("Local identity provider with demo accounts at {} (issuers {}/families and {}/staff)",
                server.url(), server.url(), server.url());
    }
}
