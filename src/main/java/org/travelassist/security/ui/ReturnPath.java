package org.travelassist.security.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A page inside the portal that sign-in may return to: a relative path such as {@code /officer/schools}, never
 * another site ({@code https://…}, {@code //host}, {@code /\host}) and never a path that climbs with {@code ..}.
 *
 * @param route the path without its leading slash, as the router names it
 * @param query the raw query string, empty when there is none
 */
record ReturnPath(String route, String query) {

    /** Only the characters of a path and query that we build ourselves; no backslash, space, fragment or control character. */
    private static final Pattern PATH_AND_QUERY = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]{0,1000}");

    static Optional<ReturnPath> parse(@Nullable String to) {
        if (to == null || !PATH_AND_QUERY.matcher(to).matches() || to.startsWith("//")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(to);
        } catch (URISyntaxException notAPath) {
            return Optional.empty();
        }
        String path = uri.getPath();
        if (uri.getScheme() != null || uri.getRawAuthority() != null || path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(new ReturnPath(uri.getRawPath().substring(1), uri.getRawQuery() == null ? "" : uri.getRawQuery()));
    }
}
