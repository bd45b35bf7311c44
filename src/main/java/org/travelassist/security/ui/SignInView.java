package org.travelassist.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.travelassist.shared.ui.MainLayout;

/** Chooses the identity provider: families and advisers, or council staff. */
@Route(SignInView.ROUTE)
@PageTitle("Sign in - " + MainLayout.SERVICE_NAME)
@AnonymousAllowed
public class SignInView extends Div implements BeforeEnterObserver {

    public static final String ROUTE = "sign-in";
    /** Where a sign-in without the second factor we asked for ends up. */
    public static final String SECOND_FACTOR_ROUTE = ROUTE + "/second-factor";

    private final AuthenticationContext authentication;
    final Div problem = new Div();

    SignInView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("ta-narrow");
        problem.addClassName("ta-error-summary");
        problem.getElement().setAttribute("role", "alert");
        problem.add(new H2("You could not be signed in"),
                new Paragraph("Try again. If you are council staff, ask your manager to give you access to Travel Assist."));
        problem.setVisible(false);

        var families = signInLink("families", "Sign in with GOV.UK One Login", "sign-in-families");
        var staff = signInLink("staff", "Sign in with your council account", "sign-in-staff");
        add(problem,
                new H1("Sign in to Travel Assist"),
                new H2("Parents, carers and advisers"),
                new Paragraph("Use GOV.UK One Login. If you do not have a GOV.UK One Login, you can create one."),
                families,
                new H2("Council staff"),
                new Paragraph("Use your council Microsoft account."),
                staff);
    }

    static Anchor signInLink(String registrationId, String text, String id) {
        var link = new Anchor("oauth2/authorization/" + registrationId, text);
        link.setRouterIgnore(true); // a server endpoint, not a view
        link.setId(id);
        link.addClassName("ta-button");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(SignedInView.class);
            return;
        }
        problem.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
