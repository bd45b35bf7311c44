package org.travelassist.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

/**
 * Sends every successful sign-in to the signed-in page, carrying the page the person asked for before signing in
 * as {@code to}. That page may belong to another role (a family page opened on a shared computer, then an officer
 * signs in), so only the signed-in page, which knows the person's roles, decides whether to go there.
 */
final class SignInReturnRedirect implements RedirectStrategy {

    static final String SIGNED_IN_PATH = "/signed-in";

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        redirects.sendRedirect(request, response, target(url, request.getContextPath()));
    }

    /**
     * The signed-in page, with the path (and query) of {@code url} inside the portal as {@code to}; no {@code to}
     * when there is nothing worth returning to.
     */
    static String target(String url, String contextPath) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAUrl) {
            return SIGNED_IN_PATH;
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(contextPath)) {
            return SIGNED_IN_PATH;
        }
        path = path.substring(contextPath.length());
        if (path.isEmpty() || path.equals("/") || path.equals(SIGNED_IN_PATH)) {
            return SIGNED_IN_PATH;
        }
        String returnTo = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return SIGNED_IN_PATH + "?to=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }
}
