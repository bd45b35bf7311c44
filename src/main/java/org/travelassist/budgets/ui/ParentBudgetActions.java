package org.travelassist.budgets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.travelassist.budgets.BudgetDetails;
import org.travelassist.budgets.BudgetState;
import org.travelassist.budgets.Budgets;

/**
 * What a parent can do: give or change the bank details (on the one bank details page, which brings them back
 * here), accept with the declaration or decline an offer that stands, and end an agreement with notice.
 */
class ParentBudgetActions extends Div {

    ParentBudgetActions(BudgetDetails budget, Budgets budgets, boolean hasBankDetails, OfficerBudgetActions.Steps steps) {
        String bankPage = "household/bank-details?continue=" + URLEncoder.encode("budgets/" + budget.id(), StandardCharsets.UTF_8);
        if (budget.state() == BudgetState.OFFERED || budget.state().agreed()) {
            var bank = new Anchor(bankPage, hasBankDetails ? "Change the bank details" : "Give the bank details to pay the budget into");
            bank.setId("bank-details");
            if (!hasBankDetails) {
                bank.addClassName("ta-button");
            }
            add(new H2("Bank details"), new Paragraph(bank));
        }
        if (budget.state() == BudgetState.OFFERED) {
            var declaration = new Checkbox(Budgets.DECLARATION);
            declaration.setId("declaration");
            String confirm = budget.isRenewal() ? "Confirm next year's budget" : "Accept the budget";
            var accept = steps.step("accept", confirm, () -> budgets.accept(budget.id(), declaration.getValue()),
                    Map.of("declaration", declaration, "bank-details", bank()), budget.isRenewal()
                            ? "You confirmed next year's budget. The agreement is below, and we have emailed you."
                            : "You accepted the budget. The agreement is below, and we have emailed you.");
            add(section(confirm, new Paragraph("By accepting, you agree to the terms above. The agreement is kept as a PDF "
                    + "you can download at any time."), declaration, accept));
            var reason = new TextArea("Why are you declining? (optional)");
            reason.setId("decline-reason");
            reason.addClassName("ta-field");
            reason.setMaxLength(1000);
            add(section("If you do not want the budget", new Paragraph("Decline it and the council will arrange the other transport it "
                    + "offered. It may take up to 15 working days."), reason,
                    steps.step("decline", "Decline the budget", () -> budgets.decline(budget.id(), reason.getValue()), Map.of("reason", reason),
                            "You declined the budget. The council will contact you about other transport.")));
        }
        if (budget.state().agreed()) {
            var change = new Anchor("budgets/" + budget.id() + "/change", "Report a change of address or school");
            change.setId("report-change");
            add(new H2("If something changes"), new Paragraph("Tell the council about the changes listed above. You will see what the "
                    + "change would mean for the budget before you send it."), new Paragraph(change));
        }
        if (budget.state() == BudgetState.ACCEPTED) {
            var reason = new TextArea("Why do you want to end the budget?");
            reason.setId("end-reason");
            reason.addClassName("ta-field");
            reason.setMaxLength(1000);
            add(section("End the budget", new Paragraph("The budget ends " + budget.terms().noticeMonths() + " month"
                    + (budget.terms().noticeMonths() == 1 ? "" : "s") + " from today. Payments after that are cancelled."), reason,
                    steps.step("end-budget", "End the budget", () -> budgets.end(budget.id(), reason.getValue()), Map.of("reason", reason),
                            "You gave notice to end the budget. We have emailed you the date it ends.")));
        }
    }

    /** Where "give bank details first" points: the bank details link. */
    private Component bank() {
        return getChildren().filter(c -> c instanceof Paragraph).findFirst().map(c -> (Component) c).orElse(this);
    }

    private static Div section(String title, Component... parts) {
        var section = new Div(new H2(title));
        section.addClassName("ta-section");
        section.add(parts);
        return section;
    }
}
