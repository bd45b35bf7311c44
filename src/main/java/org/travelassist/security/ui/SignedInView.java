package org.travelassist.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;

/** Where sign-in returns: sends each person on to the real page for their role. */
@Route("signed-in")
@PermitAll
class SignedInView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    SignedInView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(AppRoles.landingPath(currentUser.require().roles()));
    }
}
