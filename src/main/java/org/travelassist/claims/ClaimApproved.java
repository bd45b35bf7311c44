package org.travelassist.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.travelassist.accounts.Payee;
import org.travelassist.payments.PaymentDue;
import org.travelassist.payments.PaymentLine;
import org.travelassist.payments.PaymentSource;
import org.travelassist.shared.Money;

/**
 * Officers approved a mileage claim; payments pays it (mileage is paid in arrears, so it is due on approval).
 *
 * @param lines the days and legs paid for, line by line
 */
public record ClaimApproved(UUID claimId, String claimReference, UUID householdId, String childName, Payee payee, Money amount,
        LocalDate approvedOn, String statementReference, String period, List<PaymentLine> lines) implements PaymentDue {

    public ClaimApproved {
        lines = List.copyOf(lines);
    }

    @Override
    public PaymentSource source() {
        return new PaymentSource(PaymentSource.Kind.MILEAGE_CLAIM, claimId);
    }

    @Override
    public LocalDate dueOn() {
        return approvedOn;
    }

    @Override
    public String description() {
        return "Mileage for " + childName + ", " + period;
    }
}
