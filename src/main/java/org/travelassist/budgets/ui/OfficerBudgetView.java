package org.travelassist.budgets.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.budgets.BudgetDetails;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.SummaryList;

/**
 * The officer's page for one budget: the facts it was worked out from, the working, the schedule, and what the
 * officer can do now (set or adjust the amount with a reason, send the offer, record attendance, end it).
 */
@Route("officer/budgets/:id")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class OfficerBudgetView extends BudgetPage {

    private final BudgetCasework casework;
    private final java.time.Clock clock;
    private final org.travelassist.budgets.BudgetRecoveries recoveries;

    OfficerBudgetView(BudgetCasework casework, java.time.Clock clock, org.travelassist.budgets.BudgetRecoveries recoveries) {
        super("ta-wide");
        this.recoveries = recoveries;
        this.casework = casework;
        this.clock = clock;
    }

    @Override
    protected void show(UUID id) {
        BudgetDetails budget = casework.budget(id);
        back.setHref("officer/applications/" + budget.applicationId());
        back.setText("Back to the application");
        title("Budget for " + budget.childName() + ": " + budget.applicationReference());
        var state = new Span(budget.state().label);
        state.setId("budget-state");
        state.addClassName("ta-tag");
        var facts = new SummaryList()
                .row("Application", budget.applicationReference())
                .row("School", budget.schoolName() == null ? "Not recorded" : budget.schoolName())
                .row("Amount", budget.summary())
                .row("Starts", GovukDates.day(budget.startsOn()))
                .row("Policy", budget.policyVersion())
                .row("Distances", budget.distanceMethod());
        if (budget.renews() != null) {
            facts.row("Renews", "The agreement for this year; to be confirmed by " + GovukDates.day(budget.confirmBy()));
        }
        if (budget.sentAt() != null) {
            facts.row("Sent", GovukDates.at(budget.sentAt()));
        }
        if (budget.acceptedAt() != null) {
            facts.row("Accepted", budget.acceptedByName() + ", " + GovukDates.at(budget.acceptedAt()));
        }
        if (budget.declinedAt() != null) {
            facts.row("Declined", GovukDates.at(budget.declinedAt()) + (budget.declineReason() == null ? "" : ": " + budget.declineReason()));
        }
        if (budget.endsOn() != null) {
            facts.row("Ends", GovukDates.day(budget.endsOn()) + ": " + budget.endReason());
        }
        facts.setId("budget-facts");
        content.add(state, new Paragraph(budget.state().meaning), facts);
        if (budget.needsOfficer() != null) {
            var needs = new Paragraph(budget.needsOfficer());
            needs.setId("needs-officer");
            needs.addClassName("ta-warning");
            content.add(needs);
        }
        if (budget.annual() != null) {
            content.add(new WorkingTable(budget), new ScheduleTable(budget, "Payments"));
        }
        if (!budget.changes().isEmpty()) {
            var changes = new com.vaadin.flow.component.html.UnorderedList();
            changes.setId("changes-reported");
            changes.addClassName("ta-list");
            budget.changes().forEach(c -> changes.add(new com.vaadin.flow.component.html.ListItem(GovukDates.at(c.reportedAt()) + ", "
                    + c.reportedByName() + ": " + c.whatChanged() + " (" + c.postcode() + (c.schoolName() == null ? "" : ", " + c.schoolName())
                    + "). Previewed: " + c.preview())));
            content.add(new com.vaadin.flow.component.html.H2("Changes the family reported"), changes);
        }
        if (budget.recovery() != null && budget.recovery().isPositive()) {
            content.add(new RecoveryPanel(budget, recoveries, this::step));
        }
        content.add(new OfficerBudgetActions(budget, casework, this::step, GovukDates.today(clock)));
        if (budget.renews() != null) {
            content.add(new Paragraph(new Anchor("officer/budgets/" + budget.renews(), "This year's agreement")));
        }
        if (budget.renewedBy() != null) {
            var next = new Anchor("officer/budgets/" + budget.renewedBy(), "Next year's budget");
            next.setId("renewal-link");
            content.add(new Paragraph(next));
        }
        content.add(new Paragraph(new Anchor("officer/budgets", "All budgets to follow up")));
    }
}
