package org.travelassist.payments.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.travelassist.payments.PaymentSummary;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.ScrollRegion;

/** A table of payments (due, held or failed) for finance: who, what, how much, and why it is held or failed. */
class PaymentsTable extends Div {

    PaymentsTable(String id, String title, String empty, List<PaymentSummary> payments) {
        setId(id);
        add(new H2(title));
        if (payments.isEmpty()) {
            add(new Paragraph(empty));
            return;
        }
        var table = new Element("table");
        table.getClassList().add("ta-table");
        table.appendChild(new Element("caption").setText(payments.size() + (payments.size() == 1 ? " payment" : " payments")));
        var head = new Element("tr");
        for (String column : new String[] {"Family", "Payment", "Amount", "Due", "Reference", "Account", "Status", "Why"}) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(column));
        }
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (PaymentSummary payment : payments) {
            body.appendChild(new Element("tr").appendChild(
                    new Element("th").setAttribute("scope", "row").setText(payment.family()),
                    new Element("td").setText(payment.description()),
                    new Element("td").setText(payment.amount().formatted()),
                    new Element("td").setText(GovukDates.day(payment.dueOn())),
                    new Element("td").setText(payment.statementReference()),
                    new Element("td").setText(payment.payee()),
                    new Element("td").setText(payment.status().label + (payment.runNumber() == null ? "" : ", run " + payment.runNumber())),
                    new Element("td").setText(payment.note() == null ? "" : payment.note())));
        }
        table.appendChild(body);
        add(new ScrollRegion(title, table));
    }
}
