package org.travelassist.security;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What GOV.UK One Login must say it checked. We ask for a vector of trust ({@code vtr=["Cl.Cm"]}, a second
 * factor); the ID token answers with the level it actually reached ({@code vot}) and the trustmark that defines
 * the levels ({@code vtm}, the issuer's {@code /trustmark}). A token that reached less, or does not say, is refused:
 * asking is not enough, because a request can be altered on its way and a provider may fall back to less.
 *
 * @param requiredCredentialTrust the credential part of the vector asked for: {@code Cl.Cm} for {@code ["Cl.Cm.P2"]}
 *     too, since One Login puts only the credential level in the ID token
 */
record VectorOfTrust(String requiredCredentialTrust) {

    static final String SECOND_FACTOR_REQUIRED = "second_factor_required";

    private static final Pattern FIRST_VECTOR = Pattern.compile("^\\s*\\[\\s*\"([^\"]+)\"");

    /** The check for a configured {@code vtr}, such as {@code ["Cl.Cm"]}; none when no vector is asked for. */
    static Optional<VectorOfTrust> requested(@Nullable String vtr) {
        if (vtr == null || vtr.isBlank()) {
            return Optional.empty();
        }
        var vector = FIRST_VECTOR.matcher(vtr);
        if (!vector.find()) {
            throw new IllegalArgumentException("A vector of trust is a JSON array such as [\"Cl.Cm\"], not " + vtr);
        }
        String credentialTrust = Stream.of(vector.group(1).split("\\."))
                .filter(component -> component.startsWith("C"))
                .collect(Collectors.joining("."));
        if (credentialTrust.isEmpty()) {
            throw new IllegalArgumentException("The vector of trust " + vtr + " names no credential level (Cl or Cl.Cm)");
        }
        return Optional.of(new VectorOfTrust(credentialTrust));
    }

    /** The trustmark One Login names in {@code vtm}: its issuer followed by {@code trustmark}. */
    static String trustmarkOf(String issuer) {
        return (issuer.endsWith("/") ? issuer : issuer + "/") + "trustmark";
    }

    /**
     * @param issuer the ID token's {@code iss}, already checked against the client registration
     * @return why the ID token falls short, or empty when it reached the level asked for
     */
    Optional<String> shortfall(String issuer, Map<String, Object> idTokenClaims) {
        Object vot = idTokenClaims.get("vot");
        if (!requiredCredentialTrust.equals(vot)) {
            return Optional.of("vot is " + (vot == null ? "missing" : "\"" + vot + "\"") + ", not \"" + requiredCredentialTrust + "\"");
        }
        Object vtm = idTokenClaims.get("vtm");
        if (!trustmarkOf(issuer).equals(vtm)) {
            return Optional.of("vtm is " + (vtm == null ? "missing" : "\"" + vtm + "\"") + ", not \"" + trustmarkOf(issuer) + "\"");
        }
        return Optional.empty();
    }
}
