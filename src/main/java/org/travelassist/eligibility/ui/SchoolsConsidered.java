package org.travelassist.eligibility.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityResult.SchoolFinding;

/** A plain table of the schools the answer looked at: every fact a map would show is here in text. */
class SchoolsConsidered extends Div {

    SchoolsConsidered(EligibilityResult result, int shown) {
        var table = new Element("table");
        table.getClassList().add("ta-table");
        table.appendChild(new Element("caption").setText("Nearest schools first, by walking distance"));
        var head = new Element("tr");
        for (String column : new String[] {"School", "Walking distance", "Suitable for your child"}) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(column));
        }
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (SchoolFinding school : result.schoolsConsidered().stream().limit(shown).toList()) {
            var row = new Element("tr");
            row.appendChild(new Element("th").setAttribute("scope", "row").setText(school.name()),
                    new Element("td").setText(school.walking().describe()),
                    new Element("td").setText((school.suitable() ? "Yes. " : "No. ") + school.reason()));
            body.appendChild(row);
        }
        table.appendChild(body);
        setId("schools");
        addClassName("ta-table-wrapper");
        getElement().appendChild(table);
    }
}
