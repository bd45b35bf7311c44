package org.travelassist.budgets;

import java.time.LocalDate;
import java.util.UUID;
import org.travelassist.shared.Money;

/**
 * Next year's budget was offered to the family before the policy year ends: a parent confirms it online by
 * {@code confirmBy}, or the budget ends with the year.
 *
 * @param renewedBudgetId the agreement it renews, which stays as it was
 * @param year the next policy year in words ("1 September 2027 to 31 July 2028")
 */
public record BudgetRenewalOffered(UUID budgetId, UUID renewedBudgetId, String applicationReference, UUID householdId, String childName,
        String year, Money annual, int instalments, LocalDate firstDueOn, LocalDate confirmBy) {}
