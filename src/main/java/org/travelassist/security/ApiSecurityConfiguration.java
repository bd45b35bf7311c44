package org.travelassist.security;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The open JSON API and its documentation: a chain of its own, before Vaadin's, with no session and no CSRF
 * token (there is no cookie to forge), and a per-client rate limit. Stripe's webhook shares the chain: it is proved
 * genuine by its signature, which payments.stripe checks, not by a session.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http,
            @Value("${travelassist.api.requests-per-minute:30}") int requestsPerMinute,
            @Value("${travelassist.security.hsts:false}") boolean hsts) throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/webhooks/stripe")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> SecurityConfiguration.commonHeaders(headers, hsts).addHeaderWriter((request, response) -> {
                    response.setHeader("Permissions-Policy", PortalHeaders.PERMISSIONS_POLICY);
                    // JSON loads nothing and is framed by nobody; the documentation page (Swagger UI) needs its scripts.
                    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                            || request.getRequestURI().startsWith(request.getContextPath() + "/webhooks/")) {
                        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                    }
                }))
                .addFilterBefore(new RateLimit(requestsPerMinute), SecurityContextHolderFilter.class)
                .build();
    }

    /**
     * A token bucket per client address (behind a proxy, the forwarded address: server.forward-headers-strategy).
     * The least recently seen clients are forgotten beyond 10,000, so the map cannot grow without bound.
     */
    static final class RateLimit extends OncePerRequestFilter {

        static final int CLIENTS_REMEMBERED = 10_000;

        private final int requestsPerMinute;
        private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > CLIENTS_REMEMBERED;
            }
        });

        RateLimit(int requestsPerMinute) {
            this.requestsPerMinute = requestsPerMinute;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), client -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(requestsPerMinute).refillGreedy(requestsPerMinute, Duration.ofMinutes(1)))
                    .build());
            var probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
                chain.doFilter(request, response);
                return;
            }
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
                    + "\"detail\":\"This client has sent more than " + requestsPerMinute + " requests a minute. Try again in "
                    + seconds + " seconds.\"}");
        }
    }
}
