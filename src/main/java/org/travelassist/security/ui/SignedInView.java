package org.travelassist.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;

/**
 * Where sign-in returns. Sends each person on to the page they asked for before signing in ({@code to}) when it
 * is a page of the portal that their roles allow, and otherwise to the real page for their role: an officer who
 * was shown a family page on a shared computer lands on the work queue, not on "Page not found".
 */
@Route("signed-in")
@PermitAll
class SignedInView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;
    private final AccessAnnotationChecker access;

    SignedInView(CurrentUser currentUser, AccessAnnotationChecker access) {
        this.currentUser = currentUser;
        this.access = access;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Set<String> roles = currentUser.require().roles();
        var returnTo = event.getLocation().getQueryParameters().getSingleParameter("to")
                .flatMap(ReturnPath::parse)
                .filter(path -> mayOpen(path, roles));
        if (returnTo.isPresent()) {
            event.forwardTo(returnTo.get().route(), QueryParameters.fromString(returnTo.get().query()));
        } else {
            event.forwardTo(AppRoles.landingPath(roles));
        }
    }

    /** A page that exists, is not this one, and whose access annotations let this person in. */
    private boolean mayOpen(ReturnPath path, Set<String> roles) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return RouteConfiguration.forSessionScope().getRoute(path.route())
                .filter(view -> view != SignedInView.class)
                .filter(view -> access.hasAccess(view, authentication, roles::contains))
                .isPresent();
    }
}
