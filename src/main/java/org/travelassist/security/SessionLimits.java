package org.travelassist.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request of a signed-in session against {@link SessionPolicy}. A session that must end is
 * invalidated there and then, and the request goes on as anyone's signed-out request would: a page asks them to
 * sign in, and Vaadin's open tab reloads into the same.
 */
final class SessionLimits extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionLimits.class);

    private final SessionPolicy policy;
    private final SessionRevocations revocations;
    private final Clock clock;

    SessionLimits(SessionPolicy policy, SessionRevocations revocations, Clock clock) {
        this.policy = policy;
        this.revocations = revocations;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            AppUser user = principal.appUser();
            policy.reasonToEnd(user, principal.signedInAt(), clock.instant(), revocations.sessionsEndedAt(user.id()))
                    .ifPresent(reason -> {
                        log.info("Ended the session of account {}: {}", user.id(), reason);
                        var session = request.getSession(false);
                        if (session != null) {
                            session.invalidate();
                        }
                        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
                    });
        }
        chain.doFilter(request, response);
    }
}
