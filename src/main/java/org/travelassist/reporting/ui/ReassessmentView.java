package org.travelassist.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.travelassist.reporting.ReassessmentReport;
import org.travelassist.reporting.Reassessments;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.ScrollRegion;

/**
 * The annual re-assessment for officers: the latest run's children whose entitlement would change, beside their
 * decision, and a button to run it now. Nothing here changes a decision or tells a family: the officer opens the case.
 */
@Route("officer/reassessment")
@PageTitle("Annual re-assessment - " + MainLayout.SERVICE_NAME)
@Menu(title = "Re-assessment", order = 55)
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class ReassessmentView extends Div {

    private final Reassessments reassessments;
    final Button run = new Button("Run the re-assessment now");
    private final Div result = new Div();

    ReassessmentView(Reassessments reassessments) {
        this.reassessments = reassessments;
        addClassName("ta-wide");
        var heading = new H1("Annual re-assessment");
        heading.setId("reassessment");
        var lead = new Paragraph("Every child with transport now, checked again against today's policy with the facts stored on "
                + "their application. It runs by itself when the policy year starts and when the policy changes, and lists the "
                + "children who moved up a phase (Year 6 to Year 7, Year 11 to Year 12) since their decision. A child listed here keeps"
                + " their decision, and the family is told nothing, until an officer opens the case and acts.");
        run.setId("run-reassessment");
        run.setDisableOnClick(true);
        run.addClickListener(click -> {
            try {
                show(reassessments.runNow());
            } finally {
                run.setEnabled(true);
            }
        });
        result.setId("reassessment-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(heading, lead, run, result);
        reassessments.latest().ifPresentOrElse(this::show, () -> result.add(new Paragraph("It has not run yet.")));
    }

    private void show(ReassessmentReport report) {
        result.removeAll();
        var summary = new Paragraph("Run on " + GovukDates.at(report.startedAt()) + " ("
                + (report.runByName() == null ? report.reason().label.toLowerCase(java.util.Locale.UK) : "asked for by " + report.runByName())
                + "), policy " + report.policyVersion() + ": " + report.childrenChecked() + " checked, " + report.childrenChanged()
                + " would change" + (report.notChecked() == 0 ? "." : ", " + report.notChecked() + " could not be checked."));
        summary.setId("reassessment-summary");
        result.add(summary);
        if (report.lines().isEmpty()) {
            result.add(new Paragraph("No child's entitlement would change."));
            return;
        }
        var table = new Element("table");
        table.getClassList().add("ta-table");
        table.appendChild(new Element("caption").setText("Children whose entitlement would change"));
        var head = new Element("tr");
        for (String column : new String[] {"Reference", "Child", "School", "Decided", "Found now", "Why"}) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(column));
        }
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (var line : report.lines()) {
            var link = new Anchor("officer/applications/" + line.applicationId(), line.reference());
            body.appendChild(new Element("tr").appendChild(new Element("th").setAttribute("scope", "row").appendChild(link.getElement()),
                    new Element("td").setText(line.childName()),
                    new Element("td").setText(line.schoolName() == null ? "" : line.schoolName()),
                    new Element("td").setText(line.decided()),
                    new Element("td").setText(line.foundNow()),
                    new Element("td").setText(line.why())));
        }
        table.appendChild(body);
        result.add(new ScrollRegion("Children whose entitlement would change", table));
    }
}
