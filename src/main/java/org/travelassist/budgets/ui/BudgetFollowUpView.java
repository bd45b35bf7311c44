package org.travelassist.budgets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.budgets.BudgetState;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.SuccessBanner;

/**
 * The officer's list: budgets whose attendance fell below the threshold, drafts to send, offers the family declined,
 * and next year's budgets not confirmed yet, with the button that prepares renewals now as the morning job does.
 */
@Route("officer/budgets")
@PageTitle("Budgets to follow up - Travel Assist")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class BudgetFollowUpView extends Div implements BeforeEnterObserver {

    private final BudgetCasework casework;

    BudgetFollowUpView(BudgetCasework casework) {
        this.casework = casework;
        addClassName("ta-wide");
    }

    /** Built on every visit: the button comes back here, to the same view, and the lists must show what it did. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var banner = new SuccessBanner();
        banner.showFlash();
        add(banner, new H1("Budgets to follow up"));
        var review = new UnorderedList();
        review.setId("review-list");
        review.addClassName("ta-list");
        casework.reviewList().forEach(item -> review.add(new ListItem(new Anchor("officer/budgets/" + item.budgetId(),
                item.applicationReference() + ", " + item.childName() + ": attendance " + item.attendancePercent() + "% in " + item.month()))));
        add(new H2("Attendance below the threshold"), review.getChildren().findAny().isPresent() ? review
                : new Paragraph("No budget's attendance is below the threshold."));
        var others = new UnorderedList();
        others.setId("follow-up-list");
        others.addClassName("ta-list");
        casework.toFollowUp().stream().filter(budget -> !budget.isRenewal()).forEach(budget -> others.add(new ListItem(new Anchor(
                "officer/budgets/" + budget.id(), budget.applicationReference() + ", " + budget.childName() + ": " + budget.state().label
                        + ", " + budget.summary()))));
        add(new H2("Drafts to send and offers declined"), others.getChildren().findAny().isPresent() ? others
                : new Paragraph("Nothing to send or arrange."));
        add(renewals(casework));
    }

    private static Div renewals(BudgetCasework casework) {
        var section = new Div(new H2("Next year's budgets not confirmed"));
        section.setId("renewals");
        var window = casework.renewalWindow();
        section.add(new Paragraph("Next year's budget is offered to every family with an agreement " + window.leadWeeks() + " weeks before "
                + "the policy year ends (this year: from " + GovukDates.day(window.opensOn()) + "), worked out under the policy for next "
                + "year. A parent confirms it online; one not confirmed by the year's last day is not renewed."));
        var list = new UnorderedList();
        list.setId("renewals-not-confirmed");
        list.addClassName("ta-list");
        casework.renewalsNotConfirmed().forEach(item -> list.add(new ListItem(new Anchor("officer/budgets/" + item.budgetId(),
                item.applicationReference() + ", " + item.childName() + ": " + (item.state() == BudgetState.DRAFT
                        ? "to check and send (" + item.toCheck() + ")" : "offered, not confirmed") + "; confirm by " + GovukDates.day(item.confirmBy())))));
        section.add(list.getChildren().findAny().isPresent() ? list : new Paragraph("Every renewal offered has been confirmed."));
        var prepare = new Button("Prepare next year's budgets now", click -> {
            var run = casework.prepareRenewals();
            Flash.set(run.offered() + " offered to families, " + run.drafted() + " left for an officer to check, " + run.lapsed()
                    + " not confirmed in time");
            UI.getCurrent().navigate("officer/budgets");
        });
        prepare.setId("prepare-renewals");
        prepare.addClassName("ta-button");
        prepare.setDisableOnClick(true);
        section.add(prepare);
        return section;
    }
}
