package org.travelassist.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a verified OpenID Connect identity into a session of ours: finds or creates the account through
 * {@link AppUserDirectory} and gives it its portal roles. Staff without a Travel Assist app role are refused, and
 * so is an ID token that does not show the second factor we asked One Login for ({@link VectorOfTrust}).
 */
class SignInUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String STAFF = "staff";
    static final String NO_ROLE = "no_role";

    private static final Logger log = LoggerFactory.getLogger(SignInUserService.class);

    private final OidcUserService identityProvider;
    private final AppUserDirectory directory;
    private final SignInSettings settings;
    private final Clock clock;

    SignInUserService(OidcUserService identityProvider, AppUserDirectory directory, SignInSettings settings, Clock clock) {
        this.identityProvider = identityProvider;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        String provider = request.getClientRegistration().getRegistrationId();
        requireVectorOfTrust(provider, request.getIdToken());
        OidcUser identity = identityProvider.loadUser(request);
        Set<String> staffRoles = Set.of();
        if (STAFF.equals(provider)) {
            List<String> appRoles = identity.getClaimAsStringList("roles");
            staffRoles = AppRoles.forStaff(appRoles == null ? List.of() : appRoles);
            if (staffRoles.isEmpty()) {
                log.warn("Staff sign-in refused: no Travel Assist app role assigned (provider {})", provider);
                throw new OAuth2AuthenticationException(
                        new OAuth2Error(NO_ROLE, "No Travel Assist role is assigned to this account", null));
            }
        }
        AppUser user = directory.signIn(provider, identity.getSubject(), identity.getEmail(), displayName(identity), staffRoles);
        log.info("Signed in account {} through {} with roles {}", user.id(), provider, user.roles());
        return new AppUserPrincipal(user, identity.getIdToken(), identity.getUserInfo(), clock.instant());
    }

    /** Where we asked for a vector of trust (One Login's second factor), the ID token must show it was met. */
    private void requireVectorOfTrust(String provider, OidcIdToken idToken) {
        VectorOfTrust.requested(settings.registration(provider).vtr()).ifPresent(required -> {
            String issuer = String.valueOf(idToken.getIssuer());
            required.shortfall(issuer, idToken.getClaims()).ifPresent(shortfall -> {
                log.warn("Sign-in refused through {}: the ID token's {}", provider, shortfall);
                throw new OAuth2AuthenticationException(new OAuth2Error(VectorOfTrust.SECOND_FACTOR_REQUIRED,
                        "The identity provider did not confirm a second factor (" + shortfall + ")", null));
            });
        });
    }

    /** One Login gives no name, only an email address; Entra ID gives a full name. */
    private static @Nullable String displayName(OidcUser identity) {
        if (identity.getFullName() != null && !identity.getFullName().isBlank()) {
            return identity.getFullName();
        }
        if (identity.getGivenName() != null) {
            return (identity.getGivenName() + " " + (identity.getFamilyName() == null ? "" : identity.getFamilyName())).trim();
        }
        return identity.getEmail();
    }
}
