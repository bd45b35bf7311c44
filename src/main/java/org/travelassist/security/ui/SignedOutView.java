package org.travelassist.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.travelassist.shared.ui.MainLayout;

/** Where the identity provider returns after sign-out. */
@Route("signed-out")
@PageTitle("You have signed out - " + MainLayout.SERVICE_NAME)
@AnonymousAllowed
class SignedOutView extends Div {

    SignedOutView() {
        addClassName("ta-narrow");
        var heading = new H1("You have signed out");
        heading.setId("signed-out");
        add(heading,
                new Paragraph("You have signed out of Travel Assist and of your sign-in account on this device."),
                new Anchor(SignInView.ROUTE, "Sign in again"));
    }
}
