package org.travelassist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/** What the prod profile's settings resolve to when only the required environment is given. */
class ProductionSettingsTest {

    StandardEnvironment production(String... environment) throws Exception {
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new ResourcePropertySource(new ClassPathResource("application-prod.properties")));
        for (int i = 0; i < environment.length; i += 2) {
            env.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("env" + i,
                    java.util.Map.of(environment[i], environment[i + 1])));
        }
        return env;
    }

    @Test
    void runs_are_paid_by_bacs_file_unless_the_council_offers_another_gateway() throws Exception {
        var binder = org.springframework.boot.context.properties.bind.Binder.get(production());
        var settings = binder.bind("travelassist.payments", org.travelassist.payments.internal.PaymentSettings.class).get();
        assertThat(settings.offered()).containsExactly("bacs");
        var pilot = org.springframework.boot.context.properties.bind.Binder.get(production("PAYMENTS_OTHER_GATEWAYS", "stripe"))
                .bind("travelassist.payments", org.travelassist.payments.internal.PaymentSettings.class).get();
        assertThat(pilot.offered()).containsExactly("bacs", "stripe");
    }

    @Test
    void the_api_documentation_is_off_unless_asked_for() throws Exception {
        var env = production();
        assertThat(env.getProperty("springdoc.api-docs.enabled", Boolean.class)).isFalse();
        assertThat(env.getProperty("springdoc.swagger-ui.enabled", Boolean.class)).isFalse();
        var asked = production("API_DOCS", "true");
        assertThat(asked.getProperty("springdoc.api-docs.enabled", Boolean.class)).isTrue();
    }

    @Test
    void the_session_cookie_is_secure_and_hsts_is_on() throws Exception {
        var env = production();
        assertThat(env.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
        assertThat(env.getProperty("travelassist.security.hsts", Boolean.class)).isTrue();
    }

    @Test
    void forwarded_addresses_are_believed_only_from_the_configured_load_balancer() throws Exception {
        assertThat(production().getProperty("server.tomcat.remoteip.internal-proxies")).isEmpty();
        assertThat(production("LOAD_BALANCER_PROXIES", "10\\.0\\.1\\.5").getProperty("server.tomcat.remoteip.internal-proxies"))
                .isEqualTo("10\\.0\\.1\\.5");
    }

    @Test
    void mail_gives_up_on_a_hanging_server_and_keeps_trying_for_a_day() throws Exception {
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new ResourcePropertySource(new ClassPathResource("application.properties")));
        assertThat(env.getProperty("spring.mail.properties.mail.smtp.connectiontimeout", Integer.class)).isEqualTo(10_000);
        assertThat(env.getProperty("spring.mail.properties.mail.smtp.timeout", Integer.class)).isEqualTo(10_000);
        assertThat(env.getProperty("spring.mail.properties.mail.smtp.writetimeout", Integer.class)).isEqualTo(10_000);
        assertThat(java.time.Duration.parse(env.getProperty("travelassist.mail.retry-after"))).isEqualTo(java.time.Duration.ofMinutes(1));
        assertThat(java.time.Duration.parse(env.getProperty("travelassist.mail.retry-at-most"))).isEqualTo(java.time.Duration.ofHours(1));
        assertThat(java.time.Duration.parse(env.getProperty("travelassist.mail.keep-trying-for"))).isEqualTo(java.time.Duration.ofHours(24));
        assertThat(env.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
    }

    @Test
    void production_needs_the_bank_details_key_and_never_makes_one() throws Exception {
        assertThatThrownBy(() -> production().getProperty("travelassist.bank-details.key"))
                .as("no BANK_DETAILS_KEY: the placeholder cannot be resolved and the portal does not start")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BANK_DETAILS_KEY");
        assertThat(production("BANK_DETAILS_KEY", "a2V5").getProperty("travelassist.bank-details.key")).isEqualTo("a2V5");
        assertThat(production().getProperty("travelassist.bank-details.local-key-file")).as("no key file in production").isEmpty();
    }
}
