package org.travelassist.payments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.travelassist.payments.PaymentAction;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.payments.PaymentSummary;
import org.travelassist.payments.SinglePayments;
import org.travelassist.shared.ui.SummaryList;

/**
 * Holding, releasing or cancelling one payment: which payment, what will happen, and the reason, which the audit
 * trail keeps (and, for a cancellation, the family reads). The service decides whether the step is allowed now.
 */
class PaymentActionForm extends Div {

    /** What finance can do to one payment from this page, in the words of its form. */
    enum Step {
        HOLD(PaymentAction.HOLD, "Hold", "Hold this payment", "Why are you holding it?",
                "It will not go in a payment run until a finance officer releases it. The family sees \"" + PaymentStatus.HELD.label + ": "
                        + PaymentStatus.HELD.meaning + "\"",
                "is on hold"),
        RELEASE(PaymentAction.RELEASE, "Release", "Release this payment", "What did you check?",
                "It is due again and goes in the next payment run.", "is released: it goes in the next payment run"),
        CANCEL(PaymentAction.CANCEL, "Cancel", "Cancel this payment", "Why will it not be paid? The family will see this",
                "It will not be paid, and the council no longer owes it. This cannot be undone.", "is cancelled");

        final PaymentAction action;
        final String button;
        final String heading;
        final String question;
        final String consequence;
        final String done;

        Step(PaymentAction action, String button, String heading, String question, String consequence, String done) {
            this.action = action;
            this.button = button;
            this.heading = heading;
            this.question = question;
            this.consequence = consequence;
            this.done = done;
        }

        String id(PaymentSummary payment) {
            return name().toLowerCase(java.util.Locale.UK) + "-" + payment.id();
        }
    }

    final TextArea reason;

    PaymentActionForm(PaymentSummary payment, Step step, SinglePayments singlePayments, PageActions actions, Runnable close) {
        addClassName("ta-payment-action");
        setId("payment-action");
        var heading = new H3(step.heading);
        heading.setId("payment-action-heading");
        var facts = new SummaryList()
                .row("Family", payment.family())
                .row("Payment", payment.description())
                .row("Amount", payment.amount().formatted())
                .row("Reference", payment.statementReference());
        reason = new TextArea(step.question);
        reason.setId("payment-action-reason");
        reason.setMaxLength(SinglePayments.REASON_MAX);
        reason.setWidthFull();
        var confirm = new Button(step.heading.replace(" this payment", " payment"));
        confirm.setId("payment-action-confirm");
        confirm.addClassName("ta-button");
        if (step == Step.CANCEL) {
            confirm.addClassName("ta-button--warning");
        }
        confirm.addClickListener(click -> actions.attempt(reason, () -> {
            String why = reason.getValue();
            switch (step) {
                case HOLD -> singlePayments.hold(payment.id(), why);
                case RELEASE -> singlePayments.release(payment.id(), why);
                case CANCEL -> singlePayments.cancel(payment.id(), why);
            }
            return payment.description() + " for " + payment.family() + " " + step.done + ".";
        }));
        var back = new Button("Close without changing it", click -> close.run());
        back.setId("payment-action-close");
        back.addClassNames("ta-button", "ta-button--secondary");
        var buttons = new Div(confirm, back);
        buttons.addClassName("ta-button-group");
        add(heading, facts, new Paragraph(step.consequence), reason, buttons);
    }
}
