package org.travelassist.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;

/** The GOV.UK confirmation page: the reference in a panel, what happens next, and the decision date. */
@Route("applications/:id/sent")
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class ConfirmationView extends ApplicationPage {

    private final Span reference = new Span();

    ConfirmationView(ApplicationService applications) {
        super(applications);
        reference.setId("reference");
        reference.addClassName("ta-panel__reference");
        var panel = new Div(heading, new Paragraph("Your reference number"), reference);
        panel.addClassName("ta-panel");
        addComponentAtIndex(indexOf(content), panel);
        back.setVisible(false);
    }

    /** The confirmation shows the reference and the decision date, not the history. */
    @Override
    protected ApplicationDetails load(java.util.UUID id) {
        return applications.summary(id);
    }

    @Override
    protected void show(ApplicationDetails application, BeforeEnterEvent event) {
        if (application.status() == ApplicationStatus.DRAFT) {
            event.forwardTo(path(application.id(), "check"));
            return;
        }
        title("Application sent");
        reference.setText(String.valueOf(application.reference()));
        var track = new Anchor(path(application.id(), ""), "See your application and what happens next");
        track.setId("track");
        content.add(new Paragraph("We have sent you a confirmation email with your reference number."),
                new H2("What happens next"),
                new Paragraph("A transport officer will look at the application for " + application.childName()
                        + ". We will decide by " + GovukDates.day(application.decisionDue()) + " and email you when we have. If we need more information we will email you and ask for it here."),
                track);
    }
}
