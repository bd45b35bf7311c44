package org.travelassist.budgets;

import java.time.LocalDate;
import java.util.UUID;
import org.travelassist.shared.Money;

/** A parent accepted a budget: the agreement (kept as a PDF) stands and its instalments are scheduled. */
public record BudgetAgreed(UUID budgetId, String applicationReference, UUID householdId, String childName, String acceptedByName,
        Money total, int instalments, LocalDate firstDueOn) {}
