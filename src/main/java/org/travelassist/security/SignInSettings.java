package org.travelassist.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the two client registrations need beyond Spring's own {@code spring.security.oauth2.client.*} properties.
 *
 * @param userAgent sent on every back-channel call: GOV.UK One Login answers 403 to a token or userinfo request
 *     without one
 */
@ConfigurationProperties("travelassist.sign-in")
public record SignInSettings(
        @DefaultValue("travel-assist/0.1 (http://localhost:8080)") String userAgent,
        @DefaultValue Registration families,
        @DefaultValue Registration staff) {

    /**
     * @param privateKey the private JWK (JSON, with a stable {@code kid}) that signs {@code private_key_jwt} client
     *     assertions; when absent outside production a key is made at start-up
     * @param idTokenAlgorithm how the provider signs ID tokens: One Login uses ES256, Entra ID RS256
     * @param vtr One Login's vector of trust, e.g. {@code ["Cl.Cm"]}; sent only when set
     */
    public record Registration(
            @Nullable String privateKey, @DefaultValue("RS256") String idTokenAlgorithm, @Nullable String vtr) {}

    public Registration registration(String registrationId) {
        return switch (registrationId) {
            case "families" -> families;
            case "staff" -> staff;
            default -> throw new IllegalArgumentException("Unknown client registration " + registrationId);
        };
    }
}
