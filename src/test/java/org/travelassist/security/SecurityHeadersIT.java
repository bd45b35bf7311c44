package org.travelassist.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.travelassist.IntegrationTest;

/**
 * The headers of the portal's pages as a browser receives them over HTTP, including Vaadin's first page of each
 * route. Evidence and letter downloads are checked in the application journey, which has a session that may
 * open them.
 */
@IntegrationTest
class SecurityHeadersIT {

    @LocalServerPort int port;
    @Value("${travelassist.local-idp.url}") String identityProvider;
    @Value("${travelassist.map.tile-url:}") String mapTileUrl;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @org.springframework.beans.factory.annotation.Autowired io.micrometer.observation.ObservationRegistry observations;

    @Test
    void spring_security_is_not_timed_since_no_metric_is_read_but_requests_still_are() {
        assertThat(io.micrometer.observation.Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(io.micrometer.observation.Observation.start("spring.security.authorizations", observations).isNoop()).isTrue();
        var request = io.micrometer.observation.Observation.start("http.server.requests", observations);
        assertThat(request.isNoop()).isFalse();
        request.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/check", "/sign-in"})
    void every_page_carries_the_content_security_policy_and_the_other_headers(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        HttpHeaders headers = response.headers();

        List<String> policy = List.of(headers.firstValue("Content-Security-Policy").orElseThrow().split("; "));
        assertThat(policy).contains(
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                // The tests draw maps without tiles; PortalHeadersTest shows a configured tile host appears here.
                "img-src 'self' data: blob:" + (mapTileUrl.isBlank() ? "" : " " + PortalHeaders.originOf(mapTileUrl)),
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'self'",
                "form-action 'self' " + identityProvider);
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
        assertThat(headers.firstValue("Cache-Control").orElseThrow()).contains("no-store");
        // Plain HTTP on this machine: HSTS is for production, over HTTPS.
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        var cookie = get("/check").headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void the_json_api_loads_nothing_and_is_framed_by_nobody() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/eligibility/checks"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
    }
}
