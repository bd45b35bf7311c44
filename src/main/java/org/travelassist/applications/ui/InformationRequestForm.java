package org.travelassist.applications.ui;

import static org.travelassist.applications.ui.CaseSteps.area;
import static org.travelassist.applications.ui.CaseSteps.section;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.travelassist.applications.ApplicationAction;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.Casework;

/** Asks the family for more information, or says what the council is waiting for. */
class InformationRequestForm extends Div {

    InformationRequestForm(ApplicationDetails details, Casework casework, CaseSteps steps) {
        var open = details.openRequest();
        if (open != null) {
            add(section("Waiting for the family", new Paragraph("You asked: " + open.question())));
        } else if (details.status().allows(ApplicationAction.REQUEST_INFORMATION)) {
            var question = area("information-question", "What do you need the family to tell you or send?", null);
            add(section("Ask the family for more information", question, steps.button("ask-family", "Ask the family",
                    () -> casework.requestInformation(details.id(), question.getValue()), Map.of("question", question))));
        } else {
            setVisible(false);
        }
    }
}
