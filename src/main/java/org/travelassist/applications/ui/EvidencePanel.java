package org.travelassist.applications.ui;

import static org.travelassist.applications.ui.CaseSteps.section;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.Casework;

/** The evidence the family sent, each file viewed in the page ({@link EvidenceViewer}), re-checked on the server when it is fetched. */
class EvidencePanel extends Div {

    EvidencePanel(ApplicationDetails details, Casework casework) {
        var list = new UnorderedList();
        list.setId("evidence");
        details.evidence().forEach(file -> list.add(new ListItem(new EvidenceViewer(file, () -> casework.evidence(details.id(), file.id())))));
        if (details.evidence().isEmpty()) {
            list.add(new ListItem("No evidence was sent."));
        }
        add(section("Evidence", list));
    }
}
