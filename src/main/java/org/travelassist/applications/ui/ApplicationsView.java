package org.travelassist.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationService;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.SuccessBanner;

/** The parent's applications: apply for a child, continue a draft, or follow one already sent. */
@Route("applications")
@PageTitle("Your applications - " + MainLayout.SERVICE_NAME)
@Menu(title = "Your applications", order = 2)
@RolesAllowed(AppRoles.PARENT)
class ApplicationsView extends Div implements BeforeEnterObserver {

    private final ApplicationService applications;
    private final HouseholdService households;
    private final HouseholdAccess access;
    private final SuccessBanner banner = new SuccessBanner();
    private final Div list = new Div();

    ApplicationsView(ApplicationService applications, HouseholdService households, HouseholdAccess access) {
        this.applications = applications;
        this.households = households;
        this.access = access;
        addClassName("ta-narrow");
        add(banner, new H1("Your applications"), new Paragraph("Apply for help with a child's travel to school, and follow "
                + "each application to its decision. Answers are saved as you go, so you can stop and come back."), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        banner.showFlash();
        list.removeAll();
        var household = access.ownHousehold();
        if (household == null) {
            list.add(new Paragraph("Add a child to your household before you apply."));
            return;
        }
        list.add(new FamilyApplications(applications, households.children(), household, true));
    }
}
