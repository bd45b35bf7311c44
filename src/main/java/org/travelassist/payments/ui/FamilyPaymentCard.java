package org.travelassist.payments.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.travelassist.payments.FamilyPayment;
import org.travelassist.payments.FamilyPayments;
import org.travelassist.payments.PaymentLine;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.SummaryList;

/** One payment for the family: its state, its steps from due to paid with dates, and what happens next or what to do. */
class FamilyPaymentCard extends Div {

    FamilyPaymentCard(FamilyPayment payment, boolean parent) {
        addClassName("ta-payment");
        setId("payment-" + payment.id());
        var heading = new H3(payment.description());
        var status = new Span(payment.status().label);
        status.addClassName("ta-tag");
        status.setId("payment-" + payment.id() + "-status");
        var facts = new SummaryList()
                .row("Amount", payment.amount().formatted())
                .row("Reference on your statement", payment.statementReference())
                .row("Paid into", payment.account());
        var steps = new OrderedList();
        steps.addClassName("ta-list");
        for (FamilyPayment.Step step : payment.steps()) {
            steps.add(new ListItem(step.what() + ": " + GovukDates.day(step.on()) + (step.expected() ? " (expected)" : "")));
        }
        // The tag alone says "On hold"; what that means for the family is said beside it.
        var meaning = new Span(" " + payment.status().meaning);
        meaning.setId("payment-" + payment.id() + "-meaning");
        add(heading, new Paragraph(status, meaning), facts, steps);
        if (payment.failureReason() != null) {
            var reason = new Paragraph("Why it was not paid: " + payment.failureReason() + ".");
            reason.setId("payment-" + payment.id() + "-reason");
            add(reason);
        }
        var next = new Paragraph(payment.whatNext());
        next.setId("payment-" + payment.id() + "-next");
        add(next);
        if (payment.actionNeeded()) {
            var check = parent
                    ? new Anchor(FamilyPayments.BANK_DETAILS + "?continue=payments", "Check your bank details")
                    : new Anchor(FamilyPayments.BANK_DETAILS, "Bank details: only a parent can check or change them");
            check.setId("payment-" + payment.id() + "-check-bank-details");
            check.addClassName("ta-button");
            add(new Paragraph(check));
        }
        if (!payment.lines().isEmpty()) {
            var how = new SummaryList();
            for (PaymentLine line : payment.lines()) {
                how.row(line.text(), line.amount().formatted());
            }
            var details = new com.vaadin.flow.component.details.Details("How we worked out " + payment.amount().formatted(), how);
            add(details);
        }
    }
}
