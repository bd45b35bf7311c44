package org.travelassist.security.local;

import com.nimbusds.jose.JWSAlgorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.web.util.HtmlUtils;

/**
 * The local profile's OpenID Connect provider (mock-oauth2-server): a real authorization-code flow with PKCE,
 * ES256-signed ID tokens and RP-initiated logout, with a login page that lists the fixed demo accounts.
 * It starts before the Spring context refreshes, because the client registrations read its discovery document
 * then, and it publishes its address as {@code travelassist.local-idp.url}. It refuses to run in production.
 */
public class LocalIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(LocalIdentityProvider.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        boolean enabled = environment.getProperty("travelassist.local-idp.enabled", Boolean.class, false);
        if (enabled && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException(
                    "The demo identity provider must never run in production: unset travelassist.local-idp.enabled");
        }
        if (!enabled || environment.getPropertySources().contains("localIdentityProvider")) {
            return;
        }
        int port = environment.getProperty("travelassist.local-idp.port", Integer.class, 0);
        MockOAuth2Server server = start(port);
        String url = "http://localhost:" + server.baseUrl().port();
        environment.getPropertySources()
                .addFirst(new MapPropertySource("localIdentityProvider", Map.of("travelassist.local-idp.url", url)));
        // A disposable bean stops with the context, also when start-up fails and no close event is published.
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean("localIdentityProvider", server::shutdown);
        }
        log.info("Local identity provider with demo accounts at {} (families: {}/families, staff: {}/staff)", url, url, url);
    }

    static MockOAuth2Server start(int port) {
        var keys = new KeyProvider(List.of(), JWSAlgorithm.ES256.getName());
        var config = new OAuth2Config(true, writeLoginPage().toString(), null, false, new OAuth2TokenProvider(keys, Instant::now));
        var server = new MockOAuth2Server(config);
        server.start(InetAddress.getLoopbackAddress(), port);
        return server;
    }

    private static Path writeLoginPage() {
        try {
            Path page = Files.createTempFile("travel-assist-login", ".html");
            page.toFile().deleteOnExit();
            Files.writeString(page, loginPage(), StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One form per demo account, posting the account's username and claims to the provider (the page is served
     * at the authorization URL, so each form posts back to it). A small script shows only the accounts of the
     * issuer being signed in to; without it every account shows.
     */
    static String loginPage() {
        String sections = Map.of(DemoAccount.FAMILIES, "Parents, carers and advisers", DemoAccount.STAFF, "Council staff")
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(issuer -> "<section data-issuer=\"" + issuer.getKey() + "\"><h2>" + issuer.getValue() + "</h2><ul>"
                        + DemoAccount.ALL.stream().filter(a -> a.issuer().equals(issuer.getKey()))
                                .map(LocalIdentityProvider::accountForm).collect(Collectors.joining())
                        + "</ul></section>")
                .collect(Collectors.joining());
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sign in: local demo identity provider</title>
                <style>
                body{font-family:Arial,sans-serif;font-size:1.1875rem;line-height:1.3;margin:0;color:#0b0c0c}
                header{background:#0b0c0c;color:#fff;padding:1rem}main{max-width:40rem;padding:1rem}
                ul{list-style:none;padding:0}li{margin:0 0 .75rem}
                button{font-size:1.1875rem;min-height:2.75rem;padding:.5rem 1rem;background:#00703c;color:#fff;border:0;
                box-shadow:0 2px 0 #002d18;cursor:pointer;width:100%;text-align:left}
                button:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
                .hint{display:block;font-size:1rem}
                </style></head>
                <body><header><p><strong>Demo identity provider</strong> (local profile only)</p></header>
                <main><h1>Choose a demo account</h1>
                <p>This stands in for GOV.UK One Login and the council's Microsoft sign-in. No password is needed.</p>
                {{accounts}}</main>
                <script>
                var issuer = location.pathname.split('/')[1];
                document.querySelectorAll('section[data-issuer]').forEach(function (s) {
                  if (s.dataset.issuer !== issuer) { s.hidden = true; }
                });
                </script></body></html>
                """.replace("{{accounts}}", sections);
    }

    private static String accountForm(DemoAccount account) {
        return "<li><form method=\"post\">"
                + "<input type=\"hidden\" name=\"username\" value=\"" + HtmlUtils.htmlEscape(account.username()) + "\">"
                + "<input type=\"hidden\" name=\"claims\" value=\"" + HtmlUtils.htmlEscape(account.claimsJson()) + "\">"
                + "<button type=\"submit\" id=\"" + account.username() + "\">Sign in as " + HtmlUtils.htmlEscape(account.name())
                + "<span class=\"hint\">" + HtmlUtils.htmlEscape(account.description()) + "</span></button>"
                + "</form></li>";
    }
}
