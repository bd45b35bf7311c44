package org.travelassist.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The keys that sign {@code private_key_jwt} client assertions, one per client registration that uses them.
 * Production configures the key; the local profile makes one at start-up, since the local provider does not
 * check it against a registered public key.
 */
class ClientAssertionKeys {

    private static final Logger log = LoggerFactory.getLogger(ClientAssertionKeys.class);

    private final SignInSettings settings;
    private final boolean generateMissing;
    private final Map<String, JWK> keys = new ConcurrentHashMap<>();

    ClientAssertionKeys(SignInSettings settings, boolean generateMissing) {
        this.settings = settings;
        this.generateMissing = generateMissing;
    }

    @Nullable JWK keyFor(ClientRegistration registration) {
        if (!ClientAuthenticationMethod.PRIVATE_KEY_JWT.equals(registration.getClientAuthenticationMethod())) {
            return null;
        }
        return keys.computeIfAbsent(registration.getRegistrationId(), this::load);
    }

    private JWK load(String registrationId) {
        String configured = settings.registration(registrationId).privateKey();
        if (configured != null && !configured.isBlank()) {
            try {
                JWK key = JWK.parse(configured);
                if (!key.isPrivate() || key.getKeyID() == null) {
                    throw new IllegalStateException("The " + registrationId + " signing key must be a private JWK with a kid");
                }
                return key;
            } catch (ParseException e) {
                throw new IllegalStateException("The " + registrationId + " signing key is not a JWK", e);
            }
        }
        if (!generateMissing) {
            throw new IllegalStateException("No private key configured for the " + registrationId + " client registration");
        }
        log.info("Signing {} client assertions with a key made at start-up (local profile)", registrationId);
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyID("local-" + registrationId)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
