package org.travelassist.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PortalHeadersTest {

    @Test
    void the_map_tile_host_and_the_identity_providers_come_from_configuration() {
        String policy = PortalHeaders.pagePolicy("https://{s}.tiles.example.org/{z}/{x}/{y}.png",
                List.of("https://oidc.account.gov.uk/authorize", "https://login.microsoftonline.com/tenant/oauth2/v2.0/authorize",
                        "https://oidc.account.gov.uk/logout"));
        assertThat(policy).contains("img-src 'self' data: blob: https://*.tiles.example.org;")
                .endsWith("form-action 'self' https://oidc.account.gov.uk https://login.microsoftonline.com");
        assertThat(PortalHeaders.pagePolicy("", List.of())).contains("img-src 'self' data: blob:;").endsWith("form-action 'self'");
        assertThat(PortalHeaders.originOf("http://localhost:8090/families")).isEqualTo("http://localhost:8090");
        assertThat(PortalHeaders.originOf("not a url")).isNull();
    }

    @Test
    void downloads_are_sandboxed_and_never_cached_and_pages_keep_the_page_policy() {
        var headers = new PortalHeaders(null, List.of());
        var download = new MockHttpServletResponse();
        download.setHeader("Cache-Control", "public, max-age=3600");
        headers.writeHeaders(new MockHttpServletRequest("GET", "/VAADIN/dynamic/resource/2/7f3a/letter.pdf"), download);
        assertThat(download.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(download.getHeader("Cache-Control")).isEqualTo("no-store");

        var page = new MockHttpServletResponse();
        headers.writeHeaders(new MockHttpServletRequest("GET", "/check"), page);
        assertThat(page.getHeader("Content-Security-Policy")).isEqualTo(headers.pagePolicy());
        assertThat(page.getHeader("Permissions-Policy")).isEqualTo(PortalHeaders.PERMISSIONS_POLICY);
    }
}
