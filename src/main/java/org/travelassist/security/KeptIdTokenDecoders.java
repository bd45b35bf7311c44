package org.travelassist.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;

/**
 * One ID token decoder per client registration, kept. Spring Security 7's {@code OidcIdTokenDecoderFactory} builds a
 * new decoder for every sign-in, and each new one fetches the provider's key set again (an HTTP request to One Login
 * or Entra ID on every sign-in) and makes a RestTemplate with every message converter: about 3% of the portal's CPU
 * at the September peak. A kept decoder keeps the key set (Nimbus's cache, 5 minutes) and fetches it again at once
 * when a token names a key it does not know, so the provider's key rotation still works.
 */
final class KeptIdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

    private final JwtDecoderFactory<ClientRegistration> factory;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    KeptIdTokenDecoders(JwtDecoderFactory<ClientRegistration> factory) {
        this.factory = factory;
    }

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        // Keyed by what the decoder is built from, so a registration that changed gets a decoder of its own.
        String key = registration.getRegistrationId() + " " + registration.getClientId() + " "
                + registration.getProviderDetails().getIssuerUri() + " " + registration.getProviderDetails().getJwkSetUri();
        return decoders.computeIfAbsent(key, unused -> factory.createDecoder(registration));
    }
}
