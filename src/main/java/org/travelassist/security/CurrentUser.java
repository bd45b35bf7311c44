package org.travelassist.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person, as services see them. */
@Component
public class CurrentUser {

    public Optional<AppUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.appUser());
        }
        return Optional.empty();
    }

    public AppUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
