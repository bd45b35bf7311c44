package org.travelassist.budgets;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A parent declined a budget offer: the officer is told, and the council's other arrangement starts.
 *
 * @param reason what the parent said, if anything
 */
public record BudgetDeclined(UUID budgetId, UUID applicationId, String applicationReference, UUID householdId, String childName,
        @Nullable String reason) {}
