package org.travelassist.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

class VectorOfTrustTest {

    static final String ISSUER = "https://oidc.account.gov.uk/";
    static final String TRUSTMARK = "https://oidc.account.gov.uk/trustmark";

    final VectorOfTrust secondFactor = VectorOfTrust.requested("[\"Cl.Cm\"]").orElseThrow();

    @Test
    void the_level_checked_is_the_credential_part_of_the_vector_asked_for() {
        assertThat(secondFactor.requiredCredentialTrust()).isEqualTo("Cl.Cm");
        assertThat(VectorOfTrust.requested("[\"Cl.Cm.P2\"]").orElseThrow().requiredCredentialTrust()).isEqualTo("Cl.Cm");
        assertThat(VectorOfTrust.requested(" [ \"Cl\" ] ").orElseThrow().requiredCredentialTrust()).isEqualTo("Cl");
        assertThat(VectorOfTrust.requested(null)).isEmpty();
        assertThat(VectorOfTrust.requested(" ")).isEmpty();
        assertThatThrownBy(() -> VectorOfTrust.requested("Cl.Cm")).hasMessageContaining("JSON array");
        assertThatThrownBy(() -> VectorOfTrust.requested("[\"P2\"]")).hasMessageContaining("no credential level");
    }

    @Test
    void the_trustmark_is_the_issuer_followed_by_trustmark() {
        assertThat(VectorOfTrust.trustmarkOf(ISSUER)).isEqualTo(TRUSTMARK);
        assertThat(VectorOfTrust.trustmarkOf("http://localhost:8090/families")).isEqualTo("http://localhost:8090/families/trustmark");
    }

    @Test
    void a_token_with_the_second_factor_and_the_issuers_trustmark_is_accepted() {
        assertThat(secondFactor.shortfall(ISSUER, Map.of("vot", "Cl.Cm", "vtm", TRUSTMARK))).isEmpty();
    }

    @Test
    void a_token_without_the_second_factor_is_refused() {
        assertThat(secondFactor.shortfall(ISSUER, Map.of("vot", "Cl", "vtm", TRUSTMARK))).hasValue("vot is \"Cl\", not \"Cl.Cm\"");
        assertThat(secondFactor.shortfall(ISSUER, Map.of("vtm", TRUSTMARK))).hasValue("vot is missing, not \"Cl.Cm\"");
        assertThat(secondFactor.shortfall(ISSUER, Map.of("vot", "cl.cm", "vtm", TRUSTMARK))).isPresent();
        assertThat(secondFactor.shortfall(ISSUER, Map.of("vot", java.util.List.of("Cl.Cm"), "vtm", TRUSTMARK))).isPresent();
    }

    @Test
    void a_token_under_another_trustmark_or_none_is_refused() {
        assertThat(secondFactor.shortfall(ISSUER, Map.of("vot", "Cl.Cm"))).hasValueSatisfying(why -> assertThat(why).startsWith("vtm is missing"));
        assertThat(secondFactor.shortfall(ISSUER, Map.of("vot", "Cl.Cm", "vtm", "https://evil.example/trustmark"))).isPresent();
        assertThat(secondFactor.shortfall(ISSUER, Map.of("vot", "Cl.Cm", "vtm", "https://oidc.integration.account.gov.uk/trustmark"))).isPresent();
    }

    @Test
    void sign_in_refuses_a_one_login_token_without_the_second_factor_before_any_account_is_made() {
        var accountsMade = new AtomicInteger();
        AppUserDirectory directory = (provider, subject, email, name, roles) -> {
            accountsMade.incrementAndGet();
            return new AppUser(UUID.randomUUID(), "x", Set.of(AppRoles.PARENT));
        };
        var settings = new SignInSettings("ua", new SignInSettings.Registration(null, "ES256", "[\"Cl.Cm\"]"),
                new SignInSettings.Registration(null, "RS256", null));
        var service = new SignInUserService(new OidcUserService(), directory, settings, java.time.Clock.systemUTC());

        assertThatThrownBy(() -> service.loadUser(request(Map.of("vot", "Cl", "vtm", TRUSTMARK))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, refused ->
                        assertThat(refused.getError().getErrorCode()).isEqualTo(VectorOfTrust.SECOND_FACTOR_REQUIRED));
        assertThatThrownBy(() -> service.loadUser(request(Map.of())))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(accountsMade).hasValue(0);
    }

    static OidcUserRequest request(Map<String, Object> trustClaims) {
        var registration = ClientRegistration.withRegistrationId("families").clientId("client")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri(ISSUER + "authorize").tokenUri(ISSUER + "token").build();
        var claims = new HashMap<String, Object>(trustClaims);
        claims.put("iss", ISSUER);
        claims.put("sub", "urn:fdc:gov.uk:2022:abc");
        var idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(120), claims);
        var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "opaque", Instant.now(), Instant.now().plusSeconds(180));
        return new OidcUserRequest(registration, accessToken, idToken);
    }
}
