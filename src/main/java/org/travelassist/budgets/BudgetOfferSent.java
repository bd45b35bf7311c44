package org.travelassist.budgets;

import java.time.LocalDate;
import java.util.UUID;
import org.travelassist.shared.Money;

/** An officer sent a budget offer to the family, who are emailed to read and accept it. */
public record BudgetOfferSent(UUID budgetId, UUID applicationId, String applicationReference, UUID householdId, String childName,
        Money annual, Money total, int instalments, LocalDate firstDueOn) {}
