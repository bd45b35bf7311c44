package org.travelassist.payments.internal;

import java.util.UUID;
import org.travelassist.shared.Money;

/**
 * One line of a journal entry: a debit (positive) or credit (negative) to one account, for one household.
 * Never zero: a line that moves nothing says nothing.
 */
public record LedgerLine(LedgerAccount account, UUID householdId, Money amount) {

    public LedgerLine {
        if (amount.isZero()) {
            throw new IllegalArgumentException("A ledger line cannot be zero");
        }
    }

    public static LedgerLine debit(LedgerAccount account, UUID householdId, Money amount) {
        return new LedgerLine(account, householdId, amount);
    }

    public static LedgerLine credit(LedgerAccount account, UUID householdId, Money amount) {
        return new LedgerLine(account, householdId, amount.negate());
    }

    LedgerLine reversed() {
        return new LedgerLine(account, householdId, amount.negate());
    }
}
