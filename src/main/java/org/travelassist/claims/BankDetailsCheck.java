package org.travelassist.claims;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.Payees;

/** Whether a household has given a bank account to pay into (held by accounts, one pattern for every payment). */
@Component
class BankDetailsCheck {

    private final Payees payees;

    BankDetailsCheck(Payees payees) {
        this.payees = payees;
    }

    boolean held(UUID householdId) {
        return payees.payeeOf(householdId).isPresent();
    }
}
