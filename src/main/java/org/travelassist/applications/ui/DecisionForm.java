package org.travelassist.applications.ui;

import static org.travelassist.applications.ui.CaseSteps.area;
import static org.travelassist.applications.ui.CaseSteps.section;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.util.Map;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.shared.GovukDates;

/**
 * The decision, in two steps: the officer chooses the outcome (there is no default), then reads a summary of
 * what the letter will say and confirms it. The server checks the decision at both steps. Once decided, it shows
 * what was decided.
 */
class DecisionForm extends Div {

    final RadioButtonGroup<Decision.Outcome> outcome = new RadioButtonGroup<>("Decision");
    final Select<Category> category = new Select<>();
    final CheckboxGroup<Offer> offers = new CheckboxGroup<>("What the council offers");
    final TextArea reasons = area("decision-reasons", "Reasons, in plain English, for the letter", null);
    final Div confirmation = new Div();
    final Button check;

    DecisionForm(ApplicationDetails details, Casework casework, CaseSteps steps) {
        var made = details.decision();
        if (made != null) {
            var summary = new Paragraph(made.summary() + ". Decided by " + made.decidedBy() + " on " + GovukDates.at(made.decidedAt()) + ".");
            summary.setId("decision-made");
            add(section("Decision", summary));
            check = new Button();
            return;
        }
        if (!details.status().canBeDecided()) {
            setVisible(false);
            check = new Button();
            return;
        }
        outcome.setId("decision-outcome");
        outcome.setItems(Decision.Outcome.values());
        outcome.setItemLabelGenerator(chosen -> chosen.label);
        category.setLabel("Category");
        category.setId("decision-category");
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> c == null ? "None" : c.name() + ": " + c.title);
        category.setEmptySelectionAllowed(true);
        if (details.eligibility() != null) {
            details.eligibility().categories().stream().filter(f -> f.finding() == EligibilityResult.Finding.MET).findFirst()
                    .ifPresent(f -> category.setValue(f.category()));
        }
        offers.setId("decision-offers");
        offers.setItems(Offer.values());
        offers.setItemLabelGenerator(o -> o.label);
        offers.addClassName("ta-checkboxes");
        outcome.addValueChangeListener(change -> eligibleOnly(change.getValue() == Decision.Outcome.ELIGIBLE));
        eligibleOnly(false);
        var fields = Map.of("outcome", outcome, "category", category, "offers", offers, "reasons", reasons);
        confirmation.setId("decision-confirmation");
        confirmation.addClassName("ta-inset");
        confirmation.setVisible(false);
        check = CaseSteps.styled("decide", "Check the decision");
        check.addClickListener(click -> {
            var decision = decision();
            if (steps.attempt(check, () -> confirm(casework.checkDecision(details.id(), decision), decision, details, casework, steps, fields),
                    fields)) {
                check.setVisible(false);
            }
        });
        add(section("Decision", outcome, category, offers, reasons, check, confirmation));
    }

    Decision decision() {
        return new Decision(outcome.getValue(), category.getValue(), offers.getValue(), reasons.getValue());
    }

    private void eligibleOnly(boolean eligible) {
        category.setVisible(eligible);
        offers.setVisible(eligible);
    }

    /** Shows what will be sent, with the fields locked, and the button that sends it. */
    private void confirm(String summary, Decision decision, ApplicationDetails details, Casework casework, CaseSteps steps,
            Map<String, ? extends com.vaadin.flow.component.Component> fields) {
        locked(true);
        var what = new Paragraph();
        what.setId("decision-summary");
        what.getElement().appendChild(new Element("strong").setText(summary));
        var send = steps.button("confirm-decision", "Confirm and send the letter", () -> casework.decide(details.id(), decision), fields,
                "Decision sent: " + summary);
        var change = new Button("Change the decision", click -> {
            locked(false);
            confirmation.removeAll();
            confirmation.setVisible(false);
            check.setVisible(true);
            check.setEnabled(true);
        });
        change.setId("change-decision");
        change.addClassNames("ta-link-button", "ta-link-button--in-page");
        confirmation.removeAll();
        confirmation.add(new Paragraph("The letter will say:"), what, new Paragraph("The family is sent the letter as soon as you confirm."),
                send, change);
        confirmation.setVisible(true);
    }

    private void locked(boolean locked) {
        outcome.setReadOnly(locked);
        category.setReadOnly(locked);
        offers.setReadOnly(locked);
        reasons.setReadOnly(locked);
    }
}
