package org.travelassist.payments.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.BankDetailsChanged;
import org.travelassist.accounts.Payee;
import org.travelassist.accounts.Payees;
import org.travelassist.payments.PaymentStatus;

/**
 * When a parent changes the household's bank details: payments to it wait for an officer for a few days (a changed
 * account is the usual fraud), and every failed payment is reissued to the new account, to be checked like any other.
 * A redelivered event finds nothing failed left to reissue.
 */
@Component
class BankDetailsChanges {

    private final PaymentSteps steps;
    private final PaymentInstructionRepository instructions;
    private final Payees payees;

    BankDetailsChanges(PaymentSteps steps, PaymentInstructionRepository instructions, Payees payees) {
        this.steps = steps;
        this.instructions = instructions;
        this.payees = payees;
    }

    @ApplicationModuleListener
    void on(BankDetailsChanged changed) {
        steps.bankDetailsChanged(changed.householdId(), changed.changedAt());
        var failed = instructions.findByHouseholdIdAndStatus(changed.householdId(), PaymentStatus.FAILED);
        if (failed.isEmpty()) {
            return;
        }
        Payee payee = payees.payee(changed.bankDetailsId())
                .orElseThrow(() -> new IllegalStateException("Bank details " + changed.bankDetailsId() + " are not there"));
        failed.forEach(payment -> steps.reissue(payment, payee));
    }
}
