package org.travelassist.applications.ui;

import static org.travelassist.applications.ui.CaseSteps.section;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.Casework;
import org.travelassist.eligibility.EligibilityCheck;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.shared.ui.RouteMap;
import org.travelassist.shared.ui.ScrollRegion;

/** The engine's recommendation for the officer: each category's finding, the route on the map, the schools considered. */
class RecommendationPanel extends Div {

    RecommendationPanel(ApplicationDetails details, Casework casework, String tileUrl) {
        EligibilityResult result = details.eligibility();
        if (result == null) {
            setVisible(false);
            return;
        }
        var summary = new Paragraph(result.summary());
        summary.setId("recommendation");
        var findings = new UnorderedList();
        result.categories().forEach(finding -> findings.add(new ListItem(finding.category().name() + " " + finding.category().title
                + ": " + finding.finding().name().replace('_', ' ').toLowerCase(Locale.UK) + ". " + finding.reason())));
        result.forTheOfficer().forEach(check -> findings.add(new ListItem("Check: " + check)));
        var section = section("The engine's recommendation", summary, findings, new Paragraph("Policy " + result.policyVersion()
                + ". " + result.distanceMethod())); // the method is a sentence, and says when it is indicative
        EligibilityCheck check = casework.routeCheck(details.id());
        if (check.result().school() != null && check.walkingRoute() != null) {
            var map = new RouteMap(tileUrl, EligibilityCheck.MAP_ATTRIBUTION);
            var school = check.walkingRoute().points().getLast();
            var home = check.home().position();
            map.show(new RouteMap.Point(home.latitude(), home.longitude()), new RouteMap.Point(school.latitude(), school.longitude()),
                    check.walkingRoute().points().stream().map(p -> new RouteMap.Point(p.latitude(), p.longitude())).toList(),
                    "Home", check.result().school().name());
            section.add(map);
        }
        section.add(schools(result));
        add(section);
    }

    private static Div schools(EligibilityResult result) {
        var table = new Element("table");
        table.getClassList().add("ta-table");
        table.appendChild(new Element("caption").setText("Schools considered, nearest first"));
        var head = new Element("tr");
        for (String column : new String[] {"School", "Walking", "By road", "Suitable, and why"}) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(column));
        }
        table.appendChild(head);
        result.schoolsConsidered().stream().limit(10).forEach(school -> table.appendChild(new Element("tr").appendChild(
                new Element("th").setAttribute("scope", "row").setText(school.name()),
                new Element("td").setText(school.walking().describe()),
                new Element("td").setText(school.road() == null ? "Not measured" : school.road().describe()),
                new Element("td").setText((school.suitable() ? "Yes. " : "No. ") + school.reason()))));
        return new ScrollRegion("Schools considered", table);
    }
}
