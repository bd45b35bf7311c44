package org.travelassist.budgets;

import java.time.LocalDate;
import java.util.UUID;
import org.travelassist.shared.Money;

/**
 * Next year's budget, which the family had already confirmed, ends before it starts, because notice was given to end
 * this year's. The family is told that next year is not paid for and, when some of it had already been paid, how much
 * is to be repaid.
 *
 * @param byFamily the family gave the notice; otherwise the council did
 */
public record ConfirmedRenewalEnded(UUID budgetId, String applicationReference, UUID householdId, String childName, LocalDate wouldHaveStarted,
        boolean byFamily, Money toRepay) {}
