package org.travelassist.budgets.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.Payee;

/** The bank account a household's budget is paid into, from accounts' one record of bank details. */
@Component
public class HouseholdPayees {

    public Optional<Payee> payeeOf(UUID householdId) {
        return Optional.empty();
    }
}
