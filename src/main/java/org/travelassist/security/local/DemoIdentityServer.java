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
import org.springframework.web.util.HtmlUtils;

/**
 * mock-oauth2-server with the demo accounts' login page and ES256 signing, as One Login signs. Kept apart from
 * {@link LocalIdentityProvider} so that the production jar, which leaves mock-oauth2-server out, never loads it.
 */
final class DemoIdentityServer {

    private final MockOAuth2Server server;

    DemoIdentityServer(int port) {
        var keys = new KeyProvider(List.of(), JWSAlgorithm.ES256.getName());
        Path loginPage = createLoginPageFile();
        var config = new OAuth2Config(true, loginPage.toString(), null, false, new OAuth2TokenProvider(keys, Instant::now));
        server = new MockOAuth2Server(config);
        server.start(InetAddress.getLoopbackAddress(), port);
        // The page names the issuers' trustmarks, so it is written once the port is known (it is read per request).
        write(loginPage, loginPage(url()));
    }

    String url() {
        return "http://localhost:" + server.baseUrl().port();
    }

    void shutdown() {
        server.shutdown();
    }

    private static Path createLoginPageFile() {
        try {
            Path page = Files.createTempFile("travel-assist-login", ".html");
            page.toFile().deleteOnExit();
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One form per demo account, posting the account's username and claims to the provider (the page is served
     * at the authorization URL, so each form posts back to it). A small script shows only the accounts of the
     * issuer being signed in to; without it every account shows.
     */
    static String loginPage(String providerUrl) {
        String sections = Map.of(DemoAccount.FAMILIES, "Parents, carers and advisers", DemoAccount.STAFF, "Council staff")
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(issuer -> "<section data-issuer=\"" + issuer.getKey() + "\"><h2>" + issuer.getValue() + "</h2><ul>"
                        + DemoAccount.ALL.stream().filter(a -> a.issuer().equals(issuer.getKey()))
                                .map(account -> accountForm(account, providerUrl)).collect(Collectors.joining())
                        + "</ul></section>")
                .collect(Collectors.joining());
        return LOGIN_PAGE.replace("{{accounts}}", sections);
    }

    private static String accountForm(DemoAccount account, String providerUrl) {
        return "<li><form method=\"post\">"
                + "<input type=\"hidden\" name=\"username\" value=\"" + HtmlUtils.htmlEscape(account.username()) + "\">"
                + "<input type=\"hidden\" name=\"claims\" value=\"" + HtmlUtils.htmlEscape(account.claimsJson(providerUrl)) + "\">"
                + "<button type=\"submit\" id=\"" + account.username() + "\">Sign in as " + HtmlUtils.htmlEscape(account.name())
                + "<span class=\"hint\">" + HtmlUtils.htmlEscape(account.description()) + "</span></button>"
                + "</form></li>";
    }

    private static final String LOGIN_PAGE = """
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
            """;
}
