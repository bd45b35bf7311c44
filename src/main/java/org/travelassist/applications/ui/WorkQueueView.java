package org.travelassist.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.MainLayout;

/** The officers' queue of open applications. Families cannot apply yet, so it is empty. */
@Route("officer/queue")
@PageTitle("Work queue - " + MainLayout.SERVICE_NAME)
@Menu(title = "Work queue", order = 10)
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class WorkQueueView extends Div {

    WorkQueueView() {
        addClassName("ta-wide");
        var heading = new H1("Work queue");
        heading.setId("work-queue");
        var empty = new Paragraph("There are no applications waiting. New applications appear here when "
                + "families send them.");
        empty.setId("queue-empty");
        add(heading, empty);
    }
}
