package org.travelassist.budgets.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.travelassist.budgets.BudgetDetails;
import org.travelassist.budgets.BudgetDetails.InstalmentRow;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.ScrollRegion;

/**
 * Every instalment, past and future: what it pays for, the date, the amount with each adjustment and its reason,
 * and where it stands. The same table on the offer, the family's budget page and the officer's page.
 */
class ScheduleTable extends Div {

    ScheduleTable(BudgetDetails budget, String heading) {
        setId("schedule");
        add(new H2(heading));
        var table = new NativeTable();
        table.addClassName("ta-table");
        table.add(new NativeTableHeader(new NativeTableRow(new NativeTableHeaderCell("Payment"), new NativeTableHeaderCell("Paid on or after"),
                new NativeTableHeaderCell("Amount"), new NativeTableHeaderCell("Status"))));
        var body = new NativeTableBody();
        for (InstalmentRow instalment : budget.instalments()) {
            var what = new NativeTableCell(instalment.number() + ". " + instalment.label());
            what.add(new Span(" (" + GovukDates.day(instalment.coversFrom()) + " to " + GovukDates.day(instalment.coversTo()) + ")"));
            var amount = new NativeTableCell(instalment.amount().formatted());
            if (!instalment.adjustments().isEmpty()) {
                var lines = new UnorderedList();
                lines.addClassName("ta-list");
                lines.add(new ListItem("Planned: " + instalment.planned().formatted()));
                instalment.adjustments().forEach(line -> lines.add(new ListItem(line.text())));
                amount.add(lines);
            }
            var state = new Span(instalment.state().label);
            state.addClassName("ta-tag");
            var stateCell = new NativeTableCell(state);
            if (instalment.stateReason() != null) {
                stateCell.add(new Span(" " + instalment.stateReason()));
            }
            var row = new NativeTableRow(what, new NativeTableCell(GovukDates.day(instalment.dueOn())), amount, stateCell);
            row.setId("instalment-" + instalment.number());
            body.add(row);
        }
        table.add(body);
        add(new ScrollRegion(heading, table.getElement()));
    }
}
