package org.travelassist.budgets.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.travelassist.budgets.BudgetDetails;
import org.travelassist.budgets.Budgets;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.SummaryList;

/**
 * The family's budget page: the offer to read and accept, and once agreed, what was agreed, every payment past and
 * future with its state, each adjustment with its reason, the terms as accepted (also as the PDF), and the account
 * it is paid into, masked. Advisers with the family's consent may read it; only a parent accepts, declines or ends it.
 */
@Route("budgets/:id")
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class BudgetView extends BudgetPage {

    private final Budgets budgets;
    private final CurrentUser currentUser;

    BudgetView(Budgets budgets, CurrentUser currentUser) {
        super("ta-narrow");
        this.budgets = budgets;
        this.currentUser = currentUser;
    }

    @Override
    protected void show(UUID id) {
        BudgetDetails budget = budgets.budget(id);
        back.setHref("applications/" + budget.applicationId());
        back.setText("Back to the application");
        title((budget.state().agreed() ? "Travel budget for " : budget.isRenewal() ? "Next year's travel budget for " : "Travel budget offer for ")
                + budget.childName());
        var state = new Span(budget.state().label);
        state.setId("budget-state");
        state.addClassName("ta-tag");
        var facts = new SummaryList()
                .row("Amount", budget.summary())
                .row("A school day is worth", String.valueOf(budget.dailyRate()))
                .row("Starts", GovukDates.day(budget.startsOn()))
                .row("School", budget.schoolName() == null ? "Not recorded" : budget.schoolName())
                .row("Application", budget.applicationReference());
        String payingInto = budgets.payingInto(id);
        if (budget.state().agreed() || budget.state() == org.travelassist.budgets.BudgetState.OFFERED) {
            facts.row("Paid into", payingInto == null ? "No bank details given yet" : payingInto);
        }
        if (budget.acceptedAt() != null) {
            facts.row("Accepted", budget.acceptedByName() + " on " + GovukDates.at(budget.acceptedAt()));
        }
        if (budget.endsOn() != null) {
            facts.row("Ends", GovukDates.day(budget.endsOn()));
        }
        facts.setId("budget-facts");
        content.add(state, new Paragraph(budget.state().meaning), facts);
        if (budget.isRenewal() && budget.state() == org.travelassist.budgets.BudgetState.OFFERED) {
            var renewal = new Paragraph("This year's agreement ends on " + GovukDates.day(budget.confirmBy()) + ". This is next year's "
                    + "budget, worked out under the policy for next year. A parent must confirm it by " + GovukDates.day(budget.confirmBy())
                    + "; if nobody does, the budget ends then.");
            renewal.setId("renewal-note");
            renewal.addClassName("ta-warning");
            content.add(renewal);
        }
        if (budget.renewedBy() != null) {
            var next = new Anchor("budgets/" + budget.renewedBy(), "Next year's budget");
            next.setId("renewal-link");
            content.add(new Paragraph(next));
        }
        if (budget.recovery() != null && budget.recovery().isPositive()) {
            content.add(new RecoveryPanel(budget, null, this::step));
        }
        if (budget.acceptedAt() != null) {
            var pdf = new Anchor(DownloadHandler.fromInputStream(download -> {
                byte[] agreement = budgets.agreement(id);
                return new DownloadResponse(new ByteArrayInputStream(agreement), "travel-budget-agreement-" + budget.applicationReference() + ".pdf",
                        "application/pdf", agreement.length);
            }), "The agreement as accepted (PDF)");
            pdf.setId("agreement-pdf");
            content.add(new Paragraph(pdf));
        }
        content.add(new ScheduleTable(budget, budget.state().agreed() ? "Every payment" : "When it would be paid"), new WorkingTable(budget),
                new TermsPanel(budget.terms()));
        if (currentUser.require().hasRole(AppRoles.PARENT)) {
            content.add(new ParentBudgetActions(budget, budgets, payingInto != null, this::step));
        } else {
            var adviser = new Paragraph("Only a parent can accept, decline or end a budget, or give the bank details it is paid into.");
            adviser.setId("adviser-note");
            content.add(adviser);
        }
    }
}
