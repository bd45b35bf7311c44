package org.travelassist.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.travelassist.security.ui.SignInView;

/**
 * Where a failed sign-in goes: a person whose sign-in lacked the second factor is told so and can try again;
 * every other failure goes back to the sign-in page with its general message.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String SECOND_FACTOR_PATH = "/" + SignInView.SECOND_FACTOR_ROUTE;

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean secondFactorMissing = exception instanceof OAuth2AuthenticationException oauth2
                && VectorOfTrust.SECOND_FACTOR_REQUIRED.equals(oauth2.getError().getErrorCode());
        redirects.sendRedirect(request, response, secondFactorMissing ? SECOND_FACTOR_PATH : SecurityConfiguration.SIGN_IN_PATH + "?error");
    }
}
