package org.travelassist.budgets.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.Payee;
import org.travelassist.accounts.Payees;

/**
 * The bank account a household's budget is paid into, from accounts' one record of bank details, for the module's
 * system code (acceptance checks one is held; the morning job copies it into {@code InstalmentDue}).
 */
@Component
public class HouseholdPayees {

    private final Payees payees;

    HouseholdPayees(Payees payees) {
        this.payees = payees;
    }

    public Optional<Payee> payeeOf(UUID householdId) {
        return payees.payeeOf(householdId);
    }
}
