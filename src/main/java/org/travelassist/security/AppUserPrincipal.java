package org.travelassist.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.jspecify.annotations.Nullable;

/**
 * The principal of a signed-in session: the identity provider's OIDC user (kept for RP-initiated logout, which
 * needs the ID token) wrapped around our own {@link AppUser}, whose roles are the only authorities.
 */
public final class AppUserPrincipal implements OidcUser {

    private final AppUser appUser;
    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;
    private final Instant signedInAt;
    private final Set<GrantedAuthority> authorities;

    /** @param signedInAt by our clock, where the session's absolute lifetime starts */
    public AppUserPrincipal(AppUser appUser, OidcIdToken idToken, @Nullable OidcUserInfo userInfo, Instant signedInAt) {
        this.appUser = appUser;
        this.idToken = idToken;
        this.userInfo = userInfo;
        this.signedInAt = signedInAt;
        this.authorities = appUser.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .collect(Collectors.toUnmodifiableSet());
    }

    public AppUser appUser() {
        return appUser;
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    /** Our own id, so that nothing downstream mistakes the identity provider's subject for a key. */
    @Override
    public String getName() {
        return appUser.id().toString();
    }
}
