package org.travelassist.budgets;

import java.util.List;
import java.util.UUID;
import org.travelassist.shared.Money;

/** An officer set how a budget's recovery is repaid: the family is told each amount and when it is due. */
public record BudgetRecoveryPlanned(UUID budgetId, String applicationReference, UUID householdId, String childName, Money total,
        List<RecoveryRules.Repayment> repayments) {

    public BudgetRecoveryPlanned {
        repayments = List.copyOf(repayments);
    }
}
