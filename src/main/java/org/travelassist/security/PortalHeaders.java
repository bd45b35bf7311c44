package org.travelassist.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers of every page and download that Spring Security does not write by itself.
 *
 * <ul>
 *   <li>Pages: a Content Security Policy with only what Vaadin Flow 25 needs ({@code 'unsafe-inline'} and
 *       {@code 'unsafe-eval'} for scripts and inline styles: its bootstrap starts the client engine with an inline
 *       script and the engine builds functions from what the server sends), our own origin for everything else,
 *       the map tile host for pictures, and the identity providers for forms. Framing only by ourselves.
 *   <li>Downloads ({@value #DOWNLOADS}, where Vaadin serves evidence, pictures of it and letters):
 *       {@code Content-Security-Policy: sandbox}, so a family's file opened in the browser runs no script and reaches
 *       no cookie, and {@code Cache-Control: no-store}, since each holds personal data.
 *   <li>Everywhere: a Permissions-Policy that turns off features the portal never uses.
 * </ul>
 */
final class PortalHeaders implements HeaderWriter {

    static final String DOWNLOADS = "/VAADIN/dynamic/resource/";
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), display-capture=()";

    private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/?#]+)");

    private final String pagePolicy;

    PortalHeaders(@Nullable String mapTileUrl, Collection<String> identityProviderUrls) {
        this.pagePolicy = pagePolicy(mapTileUrl, identityProviderUrls);
    }

    static String pagePolicy(@Nullable String mapTileUrl, Collection<String> identityProviderUrls) {
        String tiles = originOf(mapTileUrl);
        var formTargets = new LinkedHashSet<String>();
        formTargets.add("'self'");
        identityProviderUrls.stream().map(PortalHeaders::originOf).filter(o -> o != null).forEach(formTargets::add);
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:" + (tiles == null ? "" : " " + tiles),
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'self'",
                "form-action " + String.join(" ", formTargets));
    }

    /**
     * The scheme, host and port of a URL or URL template ({@code https://{s}.tile.example/{z}/{x}/{y}.png} gives
     * {@code https://*.tile.example}); null when there is none.
     */
    static @Nullable String originOf(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        var origin = ORIGIN.matcher(url.trim().replace("{s}", "*"));
        if (!origin.find()) {
            return null;
        }
        String value = origin.group(1);
        if (!value.contains("*")) {
            URI.create(value); // refuses a malformed host rather than writing it into the policy
        }
        return value;
    }

    String pagePolicy() {
        return pagePolicy;
    }

    static boolean isDownload(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + DOWNLOADS);
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (isDownload(request)) {
            response.setHeader("Content-Security-Policy", "sandbox");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        } else if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", pagePolicy);
        }
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    }

    /**
     * Keeps a download's sandbox and no-store once written: whatever serves the file afterwards may set its own
     * caching, and must not undo ours.
     */
    static final class PinnedDownloadHeaders extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !isDownload(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    if (!pinned(name)) {
                        super.setHeader(name, value);
                    }
                }

                @Override
                public void addHeader(String name, String value) {
                    if (!pinned(name)) {
                        super.addHeader(name, value);
                    }
                }

                private boolean pinned(String name) {
                    return PINNED.contains(name.toLowerCase(Locale.ROOT));
                }
            });
        }

        private static final Set<String> PINNED = Set.of("content-security-policy", "cache-control", "pragma", "expires");
    }

    static Set<String> identityProviderUrls(Iterable<org.springframework.security.oauth2.client.registration.ClientRegistration> registrations) {
        var urls = new LinkedHashSet<String>();
        for (var registration : registrations) {
            var provider = registration.getProviderDetails();
            urls.add(provider.getAuthorizationUri());
            Object endSession = provider.getConfigurationMetadata().get("end_session_endpoint");
            if (endSession != null) {
                urls.add(endSession.toString());
            }
        }
        return urls;
    }
}
