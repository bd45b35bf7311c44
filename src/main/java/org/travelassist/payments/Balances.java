package org.travelassist.payments;

import java.util.Collection;
import org.travelassist.payments.internal.LedgerAccount;
import org.travelassist.payments.internal.LedgerLine;
import org.travelassist.shared.Money;

/**
 * What the ledger's lines say, summed: never a stored number that can drift.
 *
 * @param owed owed to the household(s) and not yet sent
 * @param inFlight sent and not yet known to have arrived
 * @param paid arrived in the family's bank
 */
public record Balances(Money owed, Money inFlight, Money paid) {

    public static final Balances NONE = new Balances(Money.ZERO, Money.ZERO, Money.ZERO);

    /** Liabilities and the bank are credit balances, so each is the negated sum of its lines. */
    public static Balances of(Collection<LedgerLine> lines) {
        return new Balances(credit(lines, LedgerAccount.OWED_TO_HOUSEHOLD), credit(lines, LedgerAccount.IN_FLIGHT),
                credit(lines, LedgerAccount.COUNCIL_BANK));
    }

    /** Everything the council has recognised as owed, in whatever state. */
    public Money total() {
        return owed.plus(inFlight).plus(paid);
    }

    private static Money credit(Collection<LedgerLine> lines, LedgerAccount account) {
        return Money.sum(lines.stream().filter(line -> line.account() == account).map(LedgerLine::amount).toList()).negate();
    }
}
