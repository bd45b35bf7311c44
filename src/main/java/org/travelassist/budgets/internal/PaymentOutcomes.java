package org.travelassist.budgets.internal;

import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.budgets.InstalmentState;
import org.travelassist.payments.PaymentFailed;
import org.travelassist.payments.PaymentSent;
import org.travelassist.payments.PaymentSettled;
import org.travelassist.payments.PaymentSource;

/**
 * Moves an instalment's row as payments reports what became of it. Idempotent: an outcome already recorded (or
 * overtaken, such as "sent" arriving after "paid") changes nothing.
 */
@Component
class PaymentOutcomes {

    private final InstalmentRepository instalments;
    private final BudgetChanges changes;

    PaymentOutcomes(InstalmentRepository instalments, BudgetChanges changes) {
        this.instalments = instalments;
        this.changes = changes;
    }

    @ApplicationModuleListener
    void on(PaymentSent sent) {
        move(sent.source(), InstalmentState.SENT_FOR_PAYMENT, Set.of(InstalmentState.DUE, InstalmentState.HELD), null);
    }

    @ApplicationModuleListener
    void on(PaymentSettled settled) {
        move(settled.source(), InstalmentState.PAID, Set.of(InstalmentState.DUE, InstalmentState.SENT_FOR_PAYMENT, InstalmentState.HELD),
                "Paid on " + org.travelassist.shared.GovukDates.day(settled.paidOn()) + ", reference " + settled.statementReference());
    }

    @ApplicationModuleListener
    void on(PaymentFailed failed) {
        move(failed.source(), InstalmentState.HELD, Set.of(InstalmentState.DUE, InstalmentState.SENT_FOR_PAYMENT),
                "The bank returned the payment: " + failed.reason() + ". It is paid again once the bank details are changed.");
    }

    private void move(PaymentSource source, InstalmentState next, Set<InstalmentState> from, @org.jspecify.annotations.Nullable String reason) {
        if (source.kind() != PaymentSource.Kind.BUDGET_INSTALMENT) {
            return;
        }
        instalments.findById(source.id()).filter(instalment -> from.contains(instalment.state()))
                .ifPresent(instalment -> changes.move(instalment, next, reason));
    }
}
