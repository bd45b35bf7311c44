package org.travelassist.budgets;

import java.util.UUID;

/** A parent reported a change of address or school on an agreed budget; the officer re-checks it. */
public record BudgetChangeReported(UUID budgetId, String applicationReference, String childName, String whatChanged, String preview) {}
