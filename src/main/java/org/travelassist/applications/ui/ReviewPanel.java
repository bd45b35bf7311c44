package org.travelassist.applications.ui;

import static org.travelassist.applications.ui.CaseSteps.area;
import static org.travelassist.applications.ui.CaseSteps.section;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.Casework;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;

/** The stage 1 review: the family's reasons, and the senior officer's outcome (only a senior officer may record it). */
class ReviewPanel extends Div {

    ReviewPanel(ApplicationDetails details, Casework casework, CurrentUser currentUser, CaseSteps steps) {
        var review = details.review();
        if (review == null) {
            setVisible(false);
            return;
        }
        var section = section("Stage 1 review", new Paragraph("The family asked on " + GovukDates.at(review.requestedAt())
                + ". Due by " + GovukDates.day(review.respondBy()) + "."), new Paragraph("Their reasons: " + review.grounds()));
        section.setId("review");
        if (review.outcome() != null) {
            section.add(new Paragraph(review.outcome().label(review.stage()) + " by " + review.decidedBy() + ": " + review.outcomeReasons()));
        } else if (!details.status().awaitsReview()) {
            section.add(new Paragraph("This review can no longer be recorded: the application is " + details.status().lowerLabel() + "."));
        } else if (currentUser.require().hasRole(AppRoles.SENIOR_OFFICER)) {
            var upheld = CaseSteps.outcome("review-outcome", "Outcome", "Uphold the decision", "Change the decision");
            var reasons = area("review-reasons", "Reasons, for the review letter", null);
            section.add(upheld, reasons, steps.button("decide-review", "Record the review and send the letter",
                    () -> casework.decideReview(details.id(), upheld.getValue(), reasons.getValue()),
                    Map.of("outcome", upheld, "reasons", reasons), "Review recorded and letter sent"));
        } else {
            var only = new Paragraph("A senior officer who did not make the decision must review it.");
            only.setId("senior-only");
            section.add(only);
        }
        add(section);
    }
}
