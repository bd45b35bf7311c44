package org.travelassist.payments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.payments.PaymentSummary;
import org.travelassist.payments.SinglePayments;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.ScrollRegion;

/**
 * A table of payments (due, held or failed) for finance: who, what, how much, and why it is held or failed; with
 * {@code singlePayments}, each row offers the steps its status allows (hold, release, cancel), whose form opens under the table.
 */
class PaymentsTable extends Div {

    private final Div formSlot = new Div();

    PaymentsTable(String id, String title, String empty, List<PaymentSummary> payments,
            @Nullable SinglePayments singlePayments, PageActions actions) {
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
        if (singlePayments != null) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText("Actions"));
        }
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (PaymentSummary payment : payments) {
            var row = new Element("tr");
            body.appendChild(row.appendChild(
                    new Element("th").setAttribute("scope", "row").setText(payment.family()),
                    new Element("td").setText(payment.description()),
                    new Element("td").setText(payment.amount().formatted()),
                    new Element("td").setText(GovukDates.day(payment.dueOn())),
                    new Element("td").setText(payment.statementReference()),
                    new Element("td").setText(payment.payee()),
                    new Element("td").setText(payment.status().label + (payment.runNumber() == null ? "" : ", run " + payment.runNumber())),
                    new Element("td").setText(payment.note() == null ? "" : payment.note())));
            if (singlePayments != null) {
                row.appendChild(actionsFor(payment, singlePayments, actions));
            }
        }
        table.appendChild(body);
        add(new ScrollRegion(title, table), formSlot);
    }

    /** Only the steps the payment's status allows now; the service checks again when one is taken. */
    private Element actionsFor(PaymentSummary payment, SinglePayments singlePayments, PageActions actions) {
        var cell = new Element("td");
        for (PaymentActionForm.Step step : PaymentActionForm.Step.values()) {
            if (!payment.status().allows(step.action)) {
                continue;
            }
            var button = new Button(step.button);
            button.setId(step.id(payment));
            button.addClassNames("ta-button", "ta-button--secondary");
            // The visible word first (WCAG 2.5.3), then which payment: a screen reader's list of buttons tells them apart.
            button.setAriaLabel(step.button + " " + payment.description() + ", " + payment.family() + ", " + payment.amount().formatted());
            button.addClickListener(click -> {
                formSlot.removeAll();
                var form = new PaymentActionForm(payment, step, singlePayments, actions, formSlot::removeAll);
                formSlot.add(form);
                form.reason.focus();
            });
            cell.appendChild(button.getElement());
        }
        return cell;
    }

}
