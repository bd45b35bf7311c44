package org.travelassist.budgets.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.travelassist.budgets.BudgetDetails;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.shared.ui.ScrollRegion;

/** How the amount was worked out, line by line, with what each line comes to: the same table for family and officer. */
class WorkingTable extends Div {

    WorkingTable(BudgetDetails budget) {
        setId("working");
        add(new H2("How the amount was worked out"));
        var table = new NativeTable();
        table.addClassName("ta-table");
        table.add(new NativeTableHeader(new NativeTableRow(new NativeTableHeaderCell("Step"), new NativeTableHeaderCell("Amount"))));
        var body = new NativeTableBody();
        int n = 0;
        for (Line line : budget.working()) {
            var amount = new NativeTableCell(line.amount() == null ? "" : line.amount().formatted());
            if (line.amount() != null && line.amount().isNegative()) {
                amount.getElement().setAttribute("aria-label", line.amount().spoken());
            }
            var row = new NativeTableRow(new NativeTableCell(line.text()), amount);
            row.setId("working-line-" + ++n);
            body.add(row);
        }
        table.add(body);
        add(new ScrollRegion("How the amount was worked out", table.getElement()));
        if (budget.adjustedReason() != null) {
            var why = new Paragraph("The council changed the amount: " + budget.adjustedReason());
            why.setId("adjusted-reason");
            why.addClassName("ta-inset");
            add(why);
        }
    }
}
