package org.travelassist.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.client.RestTemplate;
import org.travelassist.security.ui.SignInView;

/**
 * One filter chain for the portal, through Vaadin's configurer: OpenID Connect sign-in (authorization code with
 * PKCE) for both client registrations, RP-initiated logout that also ends the identity provider's session, and
 * method security so that services, not views, are the security boundary.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({SignInSettings.class, SessionPolicy.class})
class SecurityConfiguration {

    static final String SIGN_IN_PATH = "/" + SignInView.ROUTE;
    static final String AUTHORIZATION_BASE_URI = "/oauth2/authorization";

    @Bean
    SecurityFilterChain portalSecurity(
            HttpSecurity http,
            SignInUserService signInUserService,
            OAuth2AuthorizationRequestResolver authorizationRequests,
            OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenClient,
            ClientRegistrationRepository registrations,
            @Value("${travelassist.map.tile-url:}") String mapTileUrl,
            @Value("${travelassist.security.hsts:false}") boolean hsts,
            SessionPolicy sessionPolicy, SessionRevocations revocations, Clock clock)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/images/**", "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll());
        http.with(vaadin(), vaadin -> vaadin
                .oauth2LoginPage(SIGN_IN_PATH, "{baseUrl}/signed-out")
                // Unknown addresses reach Vaadin, which shows "Page not found" in the layout rather than a bare 403;
                // views and services still check access (the only other endpoint, /api, has its own chain).
                .anyRequest(org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll)
                .defaultSuccessUrl(SignInReturnRedirect.SIGNED_IN_PATH));
        http.oauth2Login(login -> login
                // Vaadin's success handler returns to the page asked for before signing in, which may be another
                // role's; every success goes through the signed-in page instead, which checks it (failures do not).
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <F extends OAuth2LoginAuthenticationFilter> F postProcess(F filter) {
                        var success = http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
                        if (success == null) {
                            throw new IllegalStateException("Vaadin's sign-in success handler is not configured");
                        }
                        success.setRedirectStrategy(new SignInReturnRedirect());
                        return filter;
                    }
                })
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(tokenClient))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signInUserService))
                .failureHandler(new SignInFailureHandler()));
        var portalHeaders = new PortalHeaders(mapTileUrl, registrations instanceof Iterable<?> all
                ? PortalHeaders.identityProviderUrls((Iterable<ClientRegistration>) all) : java.util.Set.of());
        // Spring Security adds nosniff and Cache-Control no-store to every response that sets no caching itself
        // (Vaadin's hashed static files do); frames only from ourselves, so the case page may show evidence.
        http.headers(headers -> commonHeaders(headers, hsts)
                .frameOptions(frame -> frame.sameOrigin())
                .addHeaderWriter(portalHeaders));
        http.addFilterAfter(new PortalHeaders.PinnedDownloadHeaders(), HeaderWriterFilter.class);
        http.addFilterAfter(new SessionLimits(sessionPolicy, revocations, clock), SecurityContextHolderFilter.class);
        return http.build();
    }

    /** Headers for both filter chains: referrer only to ourselves, HSTS in production (over HTTPS). */
    static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers, boolean hsts) {
        // Before the response is written, not when it commits: Vaadin's first page is forwarded to its servlet and
        // committed by the container, which a header written on commit would miss.
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <F extends HeaderWriterFilter> F postProcess(F filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
        if (hsts) {
            headers.httpStrictTransportSecurity(transport -> transport.maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true));
        } else {
            headers.httpStrictTransportSecurity(transport -> transport.disable());
        }
        return headers;
    }

    /** Every authorization request carries PKCE (S256); One Login's also carries its vector of trust and language. */
    @Bean
    OAuth2AuthorizationRequestResolver authorizationRequestResolver(
            ClientRegistrationRepository registrations, SignInSettings settings) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(request -> request.attributes(attributes -> {
                    String registrationId = (String) attributes.get(OAuth2ParameterNames.REGISTRATION_ID);
                    String vtr = registrationId == null ? null : settings.registration(registrationId).vtr();
                    if (vtr != null && !vtr.isBlank()) {
                        request.additionalParameters(parameters -> {
                            parameters.put("vtr", vtr);
                            parameters.put("ui_locales", Locale.UK.getLanguage());
                        });
                    }
                })));
        return resolver;
    }

    @Bean
    ClientAssertionKeys clientAssertionKeys(
            SignInSettings settings, @Value("${travelassist.local-idp.enabled:false}") boolean localIdentityProvider) {
        return new ClientAssertionKeys(settings, localIdentityProvider);
    }

    /** Token requests: {@code private_key_jwt} where the registration asks for it, and always a User-Agent. */
    @Bean
    OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenClient(
            ClientAssertionKeys keys, SignInSettings settings) {
        var client = new RestClientAuthorizationCodeTokenResponseClient();
        client.addParametersConverter(new NimbusJwtClientAuthenticationParametersConverter<>(keys::keyFor));
        client.addHeadersConverter(request -> {
            var headers = new HttpHeaders();
            headers.set(HttpHeaders.USER_AGENT, settings.userAgent());
            return headers;
        });
        return client;
    }

    /**
     * ID tokens are checked with the algorithm each provider signs with (One Login: ES256), by one decoder per
     * provider that keeps its key set ({@link KeptIdTokenDecoders}).
     */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(SignInSettings settings) {
        var factory = new OidcIdTokenDecoderFactory();
        factory.setJwsAlgorithmResolver(registration -> SignatureAlgorithm.from(
                settings.registration(registration.getRegistrationId()).idTokenAlgorithm()));
        return new KeptIdTokenDecoders(factory);
    }

    @Bean
    SignInUserService signInUserService(AppUserDirectory directory, SignInSettings settings, Clock clock) {
        var restTemplate = new RestTemplate();
        restTemplate.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        restTemplate.getInterceptors().add((request, body, execution) -> {
            request.getHeaders().set(HttpHeaders.USER_AGENT, settings.userAgent());
            return execution.execute(request, body);
        });
        var userInfo = new DefaultOAuth2UserService();
        userInfo.setRestOperations(restTemplate);
        var oidcUserService = new OidcUserService();
        oidcUserService.setOauth2UserService(userInfo);
        return new SignInUserService(oidcUserService, directory, settings, clock);
    }
}
