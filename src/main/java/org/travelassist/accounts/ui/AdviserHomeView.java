package org.travelassist.accounts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.MainLayout;

/** A SENDIAS adviser's start page: the families who have given consent (none until consent exists). */
@Route("adviser")
@PageTitle("Families you help - " + MainLayout.SERVICE_NAME)
@Menu(title = "Families you help", order = 1)
@RolesAllowed(AppRoles.ADVISER)
class AdviserHomeView extends Div {

    AdviserHomeView() {
        addClassName("ta-narrow");
        var none = new Paragraph("No families have given you access yet. A family gives you access from their "
                + "Travel Assist account, with a code they send you.");
        none.setId("no-families");
        add(new H1("Families you help"), none);
    }
}
