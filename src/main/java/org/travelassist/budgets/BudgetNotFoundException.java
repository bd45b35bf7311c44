package org.travelassist.budgets;

import java.util.UUID;

/** No such budget, or not one this person may see: pages show "Page not found" either way. */
public class BudgetNotFoundException extends RuntimeException {

    public BudgetNotFoundException(UUID id) {
        super("No budget " + id);
    }
}
