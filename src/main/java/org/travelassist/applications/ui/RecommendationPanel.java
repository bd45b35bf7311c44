package org.travelassist.applications.ui;

import static org.travelassist.applications.ui.CaseSteps.section;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import org.travelassist.applications.ApplicationAction;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.Casework;
import org.travelassist.applications.MeasuredBasis;
import org.travelassist.eligibility.EligibilityCheck;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.RouteMap;

/**
 * The engine's recommendation for the officer, drawn from the basis kept when it was measured: each category's
 * finding, the route on the map, the schools considered. Nothing is measured to draw it; "Re-measure" measures
 * again, while the case can still be assessed, and says what changed.
 */
class RecommendationPanel extends Div {

    RecommendationPanel(ApplicationDetails details, Casework casework, CaseSteps steps, String tileUrl) {
        if (details.eligibility() == null) {
            setVisible(false);
            return;
        }
        MeasuredBasis basis = details.basis();
        var section = section("The engine's recommendation");
        if (basis == null) {
            var prompt = new Paragraph("This application was sent before the case page kept what was measured. Re-measure to see the "
                    + "recommendation, the route and the schools considered.");
            prompt.setId("not-measured");
            section.add(prompt);
        } else {
            show(section, basis, tileUrl);
        }
        if (details.status().allows(ApplicationAction.ASSESS)) {
            section.add(steps.button("remeasure", "Re-measure", () -> casework.remeasure(details.id())));
        }
        add(section);
    }

    private static void show(Div section, MeasuredBasis basis, String tileUrl) {
        var summary = new Paragraph(basis.summary());
        summary.setId("recommendation");
        var findings = new UnorderedList();
        basis.findings().forEach(finding -> findings.add(new ListItem(finding.category() + " " + finding.title() + ": "
                + finding.finding() + ". " + finding.reason())));
        basis.forTheOfficer().forEach(check -> findings.add(new ListItem("Check: " + check)));
        var method = new Paragraph("Policy " + basis.policyVersion() + ". " + basis.method() // a sentence that says when it is indicative
                + " Measured " + GovukDates.at(basis.measuredAt()) + ".");
        method.setId("measured");
        section.add(summary, findings, method);
        var school = basis.schoolPoint();
        if (basis.measuredTo() != null && basis.home() != null && school != null) {
            var map = new RouteMap(tileUrl, EligibilityCheck.MAP_ATTRIBUTION);
            map.show(point(basis.home()), point(school), basis.route().stream().map(RecommendationPanel::point).toList(), "Home",
                    basis.measuredTo().name());
            section.add(map);
        }
        section.add(schools(basis));
    }

    private static RouteMap.Point point(MeasuredBasis.Point point) {
        return new RouteMap.Point(point.latitude(), point.longitude());
    }

    private static Div schools(MeasuredBasis basis) {
        var table = new Element("table");
        table.getClassList().add("ta-table");
        table.appendChild(new Element("caption").setText("Schools considered, nearest first"));
        var head = new Element("tr");
        for (String column : new String[] {"School", "Walking", "By road", "Suitable, and why"}) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(column));
        }
        table.appendChild(head);
        basis.schoolsConsidered().stream().limit(10).forEach(school -> table.appendChild(new Element("tr").appendChild(
                new Element("th").setAttribute("scope", "row").setText(school.name()),
                new Element("td").setText(school.walkingLabel()),
                new Element("td").setText(school.roadLabel() == null ? "Not measured" : school.roadLabel()),
                new Element("td").setText((school.suitable() ? "Yes. " : "No. ") + school.reason()))));
        var wrapper = new Div();
        wrapper.addClassName("ta-table-wrapper");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }
}
