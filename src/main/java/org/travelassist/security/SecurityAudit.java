package org.travelassist.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.travelassist.shared.AccessRefused;

/**
 * Feeds the audit trail with what Spring Security decides: every sign-in ({@link SignedIn}), and every refusal of a
 * signed-in person by a role check, on a service method or a request ({@link AccessRefused}). Refusals of people
 * not signed in are the sign-in page, not an event worth recording.
 */
@Configuration(proxyBeanMethods = false)
class SecurityAudit {

    private final ApplicationEventPublisher events;

    SecurityAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Without this bean Spring Security publishes no authorization events at all. */
    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        Authentication authentication = success.getAuthentication();
        if (authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            String provider = authentication instanceof OAuth2LoginAuthenticationToken login
                    ? login.getClientRegistration().getRegistrationId()
                    : String.valueOf(authentication.getClass().getSimpleName());
            AppUser user = principal.appUser();
            events.publishEvent(new SignedIn(user.id(), user.displayName(), user.mainRole(), provider, principal.getEmail()));
        }
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> denied) {
        Authentication authentication = denied.getAuthentication().get();
        if (authentication == null || !(authentication.getPrincipal() instanceof AppUserPrincipal)) {
            return;
        }
        Object what = denied.getSource();
        String target = what instanceof org.aopalliance.intercept.MethodInvocation invocation
                ? invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName()
                : what instanceof jakarta.servlet.http.HttpServletRequest request ? request.getRequestURI() : what.getClass().getSimpleName();
        String type = what instanceof org.aopalliance.intercept.MethodInvocation ? "Method" : "Request";
        events.publishEvent(new AccessRefused(type, target, "role check: " + denied.getAuthorizationResult()));
    }
}
