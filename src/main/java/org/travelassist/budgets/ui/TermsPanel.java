package org.travelassist.budgets.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.travelassist.budgets.BudgetDetails;

/** What the budget may and may not be spent on, what to tell the council, and the terms, from the offer's policy. */
class TermsPanel extends Div {

    TermsPanel(BudgetDetails.Terms terms) {
        setId("terms");
        section("What the budget may be spent on", terms.mayBeSpentOn(), false);
        section("What it may not be spent on", terms.mayNotBeSpentOn(), false);
        section("What you must tell the council about", terms.tellTheCouncil(), false);
        section("The terms", terms.conditions(), true);
    }

    private void section(String heading, List<String> items, boolean numbered) {
        if (items.isEmpty()) {
            return;
        }
        var list = numbered ? new OrderedList() : new UnorderedList();
        list.addClassName("ta-list");
        items.forEach(item -> list.add(new ListItem(item)));
        add(new H2(heading), list);
    }
}
