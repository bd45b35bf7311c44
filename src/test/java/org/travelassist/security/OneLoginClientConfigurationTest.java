package org.travelassist.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * GOV.UK One Login cannot be reached from here, so its configuration is checked against a local HTTP endpoint
 * that records what we send: private_key_jwt client assertions, the User-Agent it insists on, PKCE, the vector
 * of trust, and ES256 ID tokens.
 */
class OneLoginClientConfigurationTest {

    static final String CLIENT_ID = "one-login-client-123";
    static final String USER_AGENT = "travel-assist/0.1 (https://travel.rutland.example.gov.uk)";

    final SecurityConfiguration configuration = new SecurityConfiguration();
    final Map<String, String> received = new ConcurrentHashMap<>();
    final java.util.concurrent.atomic.AtomicInteger keySetFetches = new java.util.concurrent.atomic.AtomicInteger();
    HttpServer server;
    ECKey clientKey;
    ECKey providerKey;

    @BeforeEach
    void startFakeOneLogin() throws Exception {
        clientKey = new ECKeyGenerator(Curve.P_256).keyID("travel-assist-2026-11").generate();
        providerKey = new ECKeyGenerator(Curve.P_256).keyID("one-login-signing").algorithm(JWSAlgorithm.ES256).generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> {
            received.put("user-agent", String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
            received.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(exchange, "{\"access_token\":\"opaque\",\"token_type\":\"Bearer\",\"expires_in\":180}");
        });
        server.createContext("/.well-known/jwks.json", exchange -> {
            keySetFetches.incrementAndGet();
            respond(exchange, new JWKSet(providerKey.toPublicJWK()).toString());
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static void respond(com.sun.net.httpserver.HttpExchange exchange, String json) throws java.io.IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    ClientRegistration families() {
        return ClientRegistration.withRegistrationId("families")
                .clientId(CLIENT_ID)
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "email")
                .authorizationUri(base() + "/authorize")
                .tokenUri(base() + "/token")
                .jwkSetUri(base() + "/.well-known/jwks.json")
                .userInfoUri(base() + "/userinfo")
                .issuerUri(base() + "/")
                .build();
    }

    ClientRegistration staff() {
        return ClientRegistration.withRegistrationId("staff")
                .clientId("entra-client").clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(base() + "/staff/authorize")
                .tokenUri(base() + "/staff/token")
                .build();
    }

    SignInSettings settings() {
        return new SignInSettings(USER_AGENT,
                new SignInSettings.Registration(clientKey.toJSONString(), "ES256", "[\"Cl.Cm\"]"),
                new SignInSettings.Registration(null, "RS256", null));
    }

    Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    @Test
    void the_token_request_authenticates_with_a_signed_client_assertion_and_a_user_agent() throws Exception {
        var settings = settings();
        var client = configuration.tokenClient(new ClientAssertionKeys(settings, false), settings);
        var registration = families();
        var request = OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(registration.getProviderDetails().getAuthorizationUri())
                .clientId(CLIENT_ID).redirectUri("https://portal.example/login/oauth2/code/families").state("s").build();
        var response = OAuth2AuthorizationResponse.success("the-code")
                .redirectUri("https://portal.example/login/oauth2/code/families").state("s").build();

        client.getTokenResponse(new OAuth2AuthorizationCodeGrantRequest(registration, new OAuth2AuthorizationExchange(request, response)));

        assertThat(received.get("user-agent")).isEqualTo(USER_AGENT);
        assertThat(received.get("authorization")).isEqualTo("null");
        Map<String, String> form = form(received.get("body"));
        assertThat(form).containsEntry("grant_type", "authorization_code").containsEntry("code", "the-code")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .doesNotContainKey("client_secret");
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        assertThat(assertion.verify(new ECDSAVerifier(clientKey.toECPublicKey()))).isTrue();
        assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(assertion.getHeader().getKeyID()).isEqualTo("travel-assist-2026-11");
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(CLIENT_ID);
        assertThat(claims.getSubject()).isEqualTo(CLIENT_ID);
        assertThat(claims.getAudience()).containsExactly(base() + "/token");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isLessThanOrEqualTo(5 * 60 * 1000);
    }

    @Test
    void production_refuses_to_start_signing_without_a_configured_key() {
        var settings = new SignInSettings(USER_AGENT, new SignInSettings.Registration(null, "ES256", null),
                new SignInSettings.Registration(null, "RS256", null));
        var keys = new ClientAssertionKeys(settings, false);
        assertThatThrownBy(() -> keys.keyFor(families())).hasMessageContaining("No private key configured for the families");
        var publicOnly = new SignInSettings(USER_AGENT, new SignInSettings.Registration(clientKey.toPublicJWK().toJSONString(), "ES256", null),
                new SignInSettings.Registration(null, "RS256", null));
        assertThatThrownBy(() -> new ClientAssertionKeys(publicOnly, false).keyFor(families())).hasMessageContaining("private JWK");
    }

    @Test
    void authorization_requests_carry_pkce_and_one_login_gets_its_vector_of_trust() {
        var resolver = configuration.authorizationRequestResolver(
                new InMemoryClientRegistrationRepository(families(), staff()), settings());

        OAuth2AuthorizationRequest families = resolver.resolve(new MockHttpServletRequest("GET", "/oauth2/authorization/families"));
        assertThat(families.getAdditionalParameters()).containsEntry("code_challenge_method", "S256")
                .containsKey("code_challenge").containsEntry("vtr", "[\"Cl.Cm\"]").containsEntry("ui_locales", "en");
        assertThat(families.getAuthorizationRequestUri()).contains("vtr=").contains("nonce=");

        OAuth2AuthorizationRequest staff = resolver.resolve(new MockHttpServletRequest("GET", "/oauth2/authorization/staff"));
        assertThat(staff.getAdditionalParameters()).containsEntry("code_challenge_method", "S256").doesNotContainKey("vtr");
    }

    @Test
    void one_login_id_tokens_must_be_signed_with_es256() throws Exception {
        var decoder = configuration.idTokenDecoderFactory(settings()).createDecoder(families());
        var claims = new JWTClaimsSet.Builder().issuer(base() + "/").audience(CLIENT_ID).subject("urn:fdc:gov.uk:2022:abc")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(180))).build();

        var es256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(providerKey.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        es256.sign(new ECDSASigner(providerKey));
        assertThat(decoder.decode(es256.serialize()).getSubject()).isEqualTo("urn:fdc:gov.uk:2022:abc");

        RSAKey rsa = new RSAKeyGenerator(2048).keyID("one-login-signing").generate();
        var rs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID()).build(), claims);
        rs256.sign(new RSASSASigner(rsa));
        assertThatThrownBy(() -> decoder.decode(rs256.serialize())).isInstanceOf(JwtException.class);
    }

    @Test
    void one_login_s_key_set_is_fetched_once_for_many_sign_ins_and_again_when_a_token_names_a_new_key() throws Exception {
        var decoders = configuration.idTokenDecoderFactory(settings());
        for (int signIn = 0; signIn < 3; signIn++) {
            assertThat(decoders.createDecoder(families()).decode(signed(providerKey)).getSubject()).isEqualTo("urn:fdc:gov.uk:2022:abc");
        }
        assertThat(keySetFetches).as("one fetch for three sign-ins").hasValue(1);

        providerKey = new ECKeyGenerator(Curve.P_256).keyID("one-login-signing-2027").algorithm(JWSAlgorithm.ES256).generate();
        assertThat(decoders.createDecoder(families()).decode(signed(providerKey)).getSubject()).as("after One Login rotates its key")
                .isEqualTo("urn:fdc:gov.uk:2022:abc");
        assertThat(keySetFetches).hasValue(2);
    }

    private String signed(ECKey key) throws Exception {
        var claims = new JWTClaimsSet.Builder().issuer(base() + "/").audience(CLIENT_ID).subject("urn:fdc:gov.uk:2022:abc")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(180))).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}
