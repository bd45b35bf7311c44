package org.travelassist.budgets;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.travelassist.accounts.Payee;
import org.travelassist.payments.PaymentDue;
import org.travelassist.payments.PaymentLine;
import org.travelassist.payments.PaymentSource;
import org.travelassist.shared.Money;

/**
 * An instalment of an agreed personal transport budget fell due; payments pays it.
 *
 * @param number which instalment this is, from 1, of {@code count}
 */
public record InstalmentDue(UUID budgetId, UUID instalmentId, String budgetReference, int number, int count, UUID householdId,
        String childName, Payee payee, Money amount, LocalDate dueOn, String statementReference, List<PaymentLine> lines)
        implements PaymentDue {

    public InstalmentDue {
        lines = List.copyOf(lines);
    }

    @Override
    public PaymentSource source() {
        return new PaymentSource(PaymentSource.Kind.BUDGET_INSTALMENT, instalmentId);
    }

    @Override
    public String description() {
        return "Travel budget for " + childName + ", payment " + number + " of " + count;
    }
}
