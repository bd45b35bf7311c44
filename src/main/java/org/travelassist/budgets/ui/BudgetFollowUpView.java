package org.travelassist.budgets.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.security.AppRoles;

/** The officer's list: budgets whose attendance fell below the threshold, drafts to send, offers the family declined. */
@Route("officer/budgets")
@PageTitle("Budgets to follow up - Travel Assist")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class BudgetFollowUpView extends Div {

    BudgetFollowUpView(BudgetCasework casework) {
        addClassName("ta-wide");
        add(new H1("Budgets to follow up"));
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
        casework.toFollowUp().forEach(budget -> others.add(new ListItem(new Anchor("officer/budgets/" + budget.id(),
                budget.applicationReference() + ", " + budget.childName() + ": " + budget.state().label + ", " + budget.summary()))));
        add(new H2("Drafts to send and offers declined"), others.getChildren().findAny().isPresent() ? others
                : new Paragraph("Nothing to send or arrange."));
    }
}
