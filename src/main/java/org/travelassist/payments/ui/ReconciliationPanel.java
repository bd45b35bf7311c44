package org.travelassist.payments.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.travelassist.payments.Difference;
import org.travelassist.payments.Reconciled;

/** The ledger against the payments, the bank's returns and the gateway: each difference with what to do. */
class ReconciliationPanel extends Div {

    ReconciliationPanel(Reconciled reconciled) {
        setId("reconciliation");
        add(new H2("Reconciliation"));
        if (reconciled.differences().isEmpty()) {
            add(new Paragraph("The ledger agrees with every payment, the bank's returns and the gateway."));
        } else {
            var list = new UnorderedList();
            list.addClassName("ta-list");
            for (Difference difference : reconciled.differences()) {
                list.add(new ListItem(difference.what() + ". What to do: " + difference.whatToDo() + "."));
            }
            add(new Paragraph(reconciled.differences().size() + (reconciled.differences().size() == 1 ? " difference:" : " differences:")), list);
        }
        add(new Paragraph(reconciled.lastDailyCheck()));
    }
}
