package org.travelassist.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.travelassist.shared.ui.MainLayout;

/**
 * Shown when GOV.UK One Login signed someone in without the second factor we asked for: nothing of theirs is
 * opened, and they can try again (One Login then asks for the security code).
 */
@Route(SignInView.SECOND_FACTOR_ROUTE)
@PageTitle("You need to sign in with a second factor - " + MainLayout.SERVICE_NAME)
@AnonymousAllowed
class SecondFactorNeededView extends Div {

    SecondFactorNeededView() {
        addClassName("ta-narrow");
        var heading = new H1("You need to sign in with a second factor");
        heading.setId("second-factor-needed");
        add(heading,
                new Paragraph("To keep your family's details safe, Travel Assist needs you to sign in to GOV.UK One Login "
                        + "with your password and a security code, sent to your phone or shown in an authenticator app."),
                new Paragraph("Your sign-in did not include a security code, so you have not been signed in."),
                SignInView.signInLink("families", "Try signing in again", "try-again"));
    }
}
