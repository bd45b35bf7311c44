package org.travelassist.accounts.ui;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the bank details page sends the parent back to ({@code ?continue=}): a path inside the portal, such as
 * "applications/3f2.../budget". Anything that could leave the portal (a scheme, "//host", a backslash, an encoded
 * character) is ignored, so the link cannot be used to send a family to a look-alike site after they typed their
 * bank details (open redirect, ASVS 5.0 V3).
 */
final class ContinuePath {

    /** Letters, digits and {@code - _ . /} only, in segments; no empty segment (so no "//") and no "." or "..". */
    private static final Pattern PORTAL_PATH = Pattern.compile("(?:[A-Za-z0-9_\\-]+|[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]*[A-Za-z0-9_\\-])"
            + "(?:/(?:[A-Za-z0-9_\\-]+|[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]*[A-Za-z0-9_\\-]))*/?");
    private static final int MAX_LENGTH = 200;

    private ContinuePath() {}

    /** The path without a leading slash, when it is one of the portal's own; empty otherwise. */
    static Optional<String> of(@Nullable String requested) {
        if (requested == null || requested.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String path = requested.startsWith("/") && !requested.startsWith("//") ? requested.substring(1) : requested;
        return PORTAL_PATH.matcher(path).matches() ? Optional.of(path) : Optional.empty();
    }
}
