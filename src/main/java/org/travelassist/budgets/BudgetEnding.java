package org.travelassist.budgets;

import java.time.LocalDate;
import java.util.UUID;
import org.travelassist.shared.Money;

/**
 * Notice was given to end a budget. The family is told the last day, and, when more was paid than the days to the
 * end are worth, the amount to repay.
 *
 * @param byFamily the family ended it; otherwise the council did
 */
public record BudgetEnding(UUID budgetId, String applicationReference, UUID householdId, String childName, LocalDate endsOn,
        String reason, boolean byFamily, Money toRepay) {}
