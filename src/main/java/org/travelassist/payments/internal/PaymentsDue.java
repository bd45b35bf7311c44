package org.travelassist.payments.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.payments.PaymentDue;

/**
 * Turns every payment budgets and claims say is due into one instruction, after their step committed (from the event
 * publication registry, so a crash never loses one). A redelivered event finds its instruction and does nothing.
 */
@Component
class PaymentsDue {

    private final PaymentSteps steps;

    PaymentsDue(PaymentSteps steps) {
        this.steps = steps;
    }

    @ApplicationModuleListener
    void on(PaymentDue due) {
        steps.create(due);
    }
}
