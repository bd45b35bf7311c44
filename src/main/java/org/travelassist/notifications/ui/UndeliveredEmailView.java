package org.travelassist.notifications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.travelassist.notifications.UndeliveredEmails;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.MainLayout;

/** Officers see the email the portal gave up sending, so that they can reach the family another way. */
@Route("officer/email-not-sent")
@PageTitle("Email not sent - " + MainLayout.SERVICE_NAME)
@Menu(title = "Email not sent", order = 13)
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class UndeliveredEmailView extends Div {

    UndeliveredEmailView(UndeliveredEmails emails) {
        addClassName("ta-narrow");
        var list = new UnorderedList();
        list.setId("undelivered-email");
        list.addClassName("ta-list");
        var undelivered = emails.list();
        undelivered.forEach(email -> list.add(new ListItem(email.description() + ". First tried " + GovukDates.at(email.firstTriedAt())
                + ", tried " + email.attempts() + " times, given up " + GovukDates.at(email.gaveUpAt()) + ".")));
        add(new H1("Email not sent"),
                new Paragraph("The portal tries each email again, waiting longer each time, for " + hours(emails.keepsTryingFor()) + " ("
                        + emails.mostAttempts() + " times). These could not be sent: contact the family or adviser another way. "
                        + "The step each one was about has still happened."),
                undelivered.isEmpty() ? new Paragraph("Every email has been sent.") : list);
    }

    /** "24 hours", or "45 minutes" for a schedule shorter than an hour. */
    private static String hours(java.time.Duration span) {
        long hours = span.toHours();
        long minutes = span.toMinutes();
        return hours >= 1 ? "about " + hours + (hours == 1 ? " hour" : " hours") : minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
