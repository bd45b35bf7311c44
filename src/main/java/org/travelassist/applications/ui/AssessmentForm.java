package org.travelassist.applications.ui;

import static org.travelassist.applications.ui.CaseSteps.area;
import static org.travelassist.applications.ui.CaseSteps.choice;
import static org.travelassist.applications.ui.CaseSteps.section;

import com.vaadin.flow.component.html.Div;
import java.util.Map;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.Casework;

/** The officer's judgements only an officer can make (categories A and B), saved and run through the rules again. */
class AssessmentForm extends Div {

    AssessmentForm(ApplicationDetails details, Casework casework, CaseSteps steps) {
        var assessment = details.assessment();
        var cannotWalk = choice("cannot-walk", "Category A: because of SEN, disability or mobility, the child cannot reasonably be "
                + "expected to walk to school, even with an adult", "Agree: the child cannot reasonably walk", "Disagree: the child can walk",
                assessment.cannotWalk());
        var reasons = area("cannot-walk-reasons", "Why", assessment.cannotWalkReasons());
        var unsafe = choice("route-unsafe", "Route safety assessment (category B)", "The walking route is unsafe",
                "The walking route is safe", assessment.routeUnsafe());
        var notes = area("route-notes", "Route safety assessment notes", assessment.routeNotes());
        var save = steps.button("save-assessment", "Save the assessment and run the rules again", () -> casework.assess(details.id(),
                cannotWalk.getValue(), reasons.getValue(), unsafe.getValue(), notes.getValue()),
                Map.of("cannotWalkReasons", reasons, "routeNotes", notes));
        add(section("Your assessment", cannotWalk, reasons, unsafe, notes, save));
    }
}
