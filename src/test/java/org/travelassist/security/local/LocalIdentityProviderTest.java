package org.travelassist.security.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

class LocalIdentityProviderTest {

    @Test
    void the_demo_identity_provider_refuses_to_run_in_production() {
        var context = new GenericApplicationContext();
        var environment = new MockEnvironment().withProperty("travelassist.local-idp.enabled", "true");
        environment.setActiveProfiles("prod");
        context.setEnvironment(environment);

        assertThatThrownBy(() -> new LocalIdentityProvider().initialize(context))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must never run in production");
    }

    @Test
    void it_starts_only_when_enabled_and_publishes_its_address() {
        var disabled = new GenericApplicationContext();
        disabled.setEnvironment(new MockEnvironment());
        new LocalIdentityProvider().initialize(disabled);
        assertThat(disabled.getEnvironment().getProperty("travelassist.local-idp.url")).isNull();

        var enabled = new GenericApplicationContext();
        enabled.setEnvironment(new MockEnvironment().withProperty("travelassist.local-idp.enabled", "true"));
        new LocalIdentityProvider().initialize(enabled);
        try {
            assertThat(enabled.getEnvironment().getProperty("travelassist.local-idp.url")).matches("http://localhost:\\d+");
        } finally {
            enabled.refresh();
            enabled.close();
        }
    }

    @Test
    void the_login_page_offers_every_demo_account_with_its_claims() {
        String page = DemoIdentityServer.loginPage("http://localhost:8090");
        assertThat(page).contains("<html lang=\"en-GB\">").contains("<title>");
        for (DemoAccount account : DemoAccount.ALL) {
            assertThat(page).contains("value=\"" + account.username() + "\"").contains("Sign in as " + account.name());
        }
        assertThat(page).contains("&quot;roles&quot;:[&quot;TransportOfficer&quot;]");
        // Families' tokens carry One Login's second-factor level and trustmark; staff's do not.
        assertThat(DemoAccount.ALL.get(0).claimsJson("http://localhost:8090"))
                .contains("\"vot\":\"Cl.Cm\"").contains("\"vtm\":\"http://localhost:8090/families/trustmark\"");
        assertThat(DemoAccount.ALL.stream().filter(a -> a.issuer().equals(DemoAccount.STAFF)).findFirst().orElseThrow()
                .claimsJson("http://localhost:8090")).doesNotContain("vot");
    }
}
