package org.travelassist.contributions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.travelassist.contributions.ChargeDetails;
import org.travelassist.contributions.ChargeDetails.Instalment;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.ScrollRegion;

/** Every instalment of a charge: amount, due date, where it stands (and why a refund), and what can be done with it. */
class InstalmentsTable extends Div {

    /**
     * @param action what the person can do with an instalment (a link to pay it), or null for nothing; null for no
     *     "Action" column at all
     */
    InstalmentsTable(ChargeDetails charge, @Nullable Function<Instalment, @Nullable Component> action) {
        setId("instalments");
        String heading = charge.instalments().size() == 1 ? "Payment" : "Instalments";
        add(new H2(heading));
        var table = new NativeTable();
        table.addClassName("ta-table");
        var header = new NativeTableRow(new NativeTableHeaderCell("Payment"), new NativeTableHeaderCell("Due by"),
                new NativeTableHeaderCell("Amount"), new NativeTableHeaderCell("Status"));
        if (action != null) {
            header.add(new NativeTableHeaderCell("Action"));
        }
        table.add(new NativeTableHeader(header));
        var body = new NativeTableBody();
        for (Instalment instalment : charge.instalments()) {
            var tag = new Span(instalment.status().label);
            tag.addClassName("ta-tag");
            var status = new NativeTableCell(tag);
            if (instalment.refundedOn() != null) {
                status.add(new Span(" on " + GovukDates.day(instalment.refundedOn()) + " (paid on " + GovukDates.day(instalment.paidOn())
                        + "). Why: " + instalment.refundReason()));
            } else if (instalment.paidOn() != null) {
                status.add(new Span(" on " + GovukDates.day(instalment.paidOn())));
            }
            var row = new NativeTableRow(new NativeTableCell(instalment.name()), new NativeTableCell(GovukDates.day(instalment.dueOn())),
                    new NativeTableCell(instalment.amount().formatted()), status);
            if (action != null) {
                Component can = action.apply(instalment);
                row.add(can == null ? new NativeTableCell() : new NativeTableCell(can));
            }
            row.setId("instalment-" + instalment.number());
            body.add(row);
        }
        table.add(body);
        add(new ScrollRegion(heading, table.getElement()));
    }
}
