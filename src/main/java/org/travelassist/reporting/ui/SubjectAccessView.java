package org.travelassist.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.travelassist.reporting.SubjectAccess;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.MainLayout;

/**
 * A subject access request: the officer finds the household by an application reference or a parent's email,
 * checks it is the right one, and downloads everything held about it as a ZIP. Each download is audited.
 */
@Route("officer/subject-access")
@PageTitle("Subject access request - " + MainLayout.SERVICE_NAME)
@Menu(title = "Subject access", order = 58)
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class SubjectAccessView extends Div {

    final TextField lookup = new TextField("Application reference or the parent's email address");
    final Button find = new Button("Find the household");
    final Div found = new Div();

    SubjectAccessView(SubjectAccess subjectAccess) {
        addClassName("ta-wide");
        var heading = new H1("Subject access request");
        var lead = new Paragraph("Everything the portal holds about one household, as a ZIP of data files and the letters sent, to "
                + "answer a request within one calendar month. Downloading it is recorded in the household's audit trail.");
        lookup.setId("subject-access-lookup");
        lookup.setHelperText("For example TA-2026-000123 or name@example.com");
        lookup.setWidthFull();
        find.setId("subject-access-find");
        found.setId("subject-access-found");
        found.getElement().setAttribute("aria-live", "polite");
        find.addClickListener(click -> {
            found.removeAll();
            lookup.setInvalid(false);
            if (lookup.getValue().isBlank()) {
                lookup.setErrorMessage("Enter an application reference or the parent's email address");
                lookup.setInvalid(true);
                return;
            }
            subjectAccess.find(lookup.getValue()).ifPresentOrElse(household -> {
                var summary = new Paragraph("Household of " + (household.people().isEmpty() ? "nobody signed in yet" : String.join(", ", household.people()))
                        + ": " + household.children() + (household.children() == 1 ? " child, " : " children, ") + household.applications()
                        + (household.applications() == 1 ? " application." : " applications."));
                summary.setId("subject-access-summary");
                var download = new Anchor(DownloadHandler.fromInputStream(event -> {
                    var export = subjectAccess.export(household.id());
                    return new DownloadResponse(new ByteArrayInputStream(export.zip()), export.fileName(), "application/zip", export.zip().length);
                }), "Download everything held about this household (ZIP)");
                download.setId("subject-access-download");
                found.add(summary, download);
            }, () -> {
                lookup.setErrorMessage("No application has that reference and no parent has that email address");
                lookup.setInvalid(true);
            });
        });
        add(heading, lead, lookup, find, found);
    }
}
