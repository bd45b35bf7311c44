package org.travelassist.applications.ui;

import static org.travelassist.applications.ui.CaseSteps.area;
import static org.travelassist.applications.ui.CaseSteps.section;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.shared.GovukDates;

/**
 * After a review or appeal that changed the decision: the officer records what the council now offers, which
 * sends the letter and tells budgets and claims. Once recorded, it shows the revised offer.
 */
class RevisedOfferForm extends Div {

    final RadioButtonGroup<Decision.Outcome> outcome = new RadioButtonGroup<>("Revised decision");
    final Select<Category> category = new Select<>();
    final CheckboxGroup<Offer> offers = new CheckboxGroup<>("What the council now offers");

    RevisedOfferForm(ApplicationDetails details, Casework casework, CaseSteps steps) {
        var last = details.appeal() != null ? details.appeal() : details.review();
        if (last == null || last.outcome() == null || !last.outcome().changesDecision()) {
            setVisible(false);
            return;
        }
        if (last.revised() != null) {
            var recorded = new Paragraph(last.revised().summary() + ". Recorded by " + last.revised().recordedBy() + " on "
                    + GovukDates.at(last.revised().recordedAt()) + ".");
            recorded.setId("revised-offer");
            add(section("Revised offer", recorded));
            return;
        }
        if (!details.status().takesRevisedOffer()) {
            setVisible(false);
            return;
        }
        outcome.setId("revised-outcome");
        outcome.setItems(Decision.Outcome.values());
        outcome.setItemLabelGenerator(chosen -> chosen.label);
        category.setLabel("Category");
        category.setId("revised-category");
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> c == null ? "None" : c.name() + ": " + c.title);
        category.setEmptySelectionAllowed(true);
        offers.setId("revised-offers");
        offers.setItems(Offer.values());
        offers.setItemLabelGenerator(o -> o.label);
        offers.addClassName("ta-checkboxes");
        var reasons = area("revised-reasons", "Why the decision changed, for the letter", last.outcomeReasons());
        var record = steps.button("record-revised-offer", "Record the revised offer and send the letter",
                () -> casework.recordRevisedOffer(details.id(), new Decision(outcome.getValue(), category.getValue(), offers.getValue(),
                        reasons.getValue())),
                Map.of("outcome", outcome, "category", category, "offers", offers, "reasons", reasons), "Revised offer sent");
        add(section("Record the revised offer", new Paragraph("The " + (details.appeal() != null ? "panel" : "review")
                + " changed the decision. Record what the council now offers: the family gets a letter and the offer starts."),
                outcome, category, offers, reasons, record));
    }
}
