package org.travelassist.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** Signs a fresh account in through the real directory, as the OIDC sign-in would, for service and view tests. */
public final class TestUsers {

    private TestUsers() {}

    public static AppUser newParent(AppUserDirectory directory) {
        return signIn(directory, "families", "parent", "parent-" + UUID.randomUUID() + "@example.com", Set.of());
    }

    public static AppUser newStaff(AppUserDirectory directory, String... appRoles) {
        return signIn(directory, "staff", "staff", null, AppRoles.forStaff(Set.of(appRoles)));
    }

    public static AppUser signIn(AppUserDirectory directory, String provider, String label, String email, Set<String> staffRoles) {
        String subject = label + "-" + UUID.randomUUID();
        AppUser user = directory.signIn(provider, subject, email, "Test " + label, staffRoles);
        actAs(user);
        return user;
    }

    /** Puts the user in the security context of this thread, with a principal like a real sign-in's. */
    public static void actAs(AppUser user) {
        var idToken = OidcIdToken.withTokenValue("test-token")
                .subject(user.id().toString())
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600))
                .claim("name", user.displayName())
                .build();
        var principal = new AppUserPrincipal(user, idToken, null, Instant.now());
        var authentication = new TestingAuthenticationToken(principal, null, principal.getAuthorities().stream().toList());
        authentication.setAuthenticated(true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    /** The user signed in on this thread now. */
    public static AppUser current() {
        return ((AppUserPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).appUser();
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
