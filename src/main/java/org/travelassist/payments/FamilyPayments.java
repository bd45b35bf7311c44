package org.travelassist.payments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.payments.internal.Ledger;
import org.travelassist.payments.internal.PaymentInstruction;
import org.travelassist.payments.internal.PaymentInstructionRepository;
import org.travelassist.payments.internal.PaymentRun;
import org.travelassist.payments.internal.PaymentRunRepository;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;

/**
 * A family's own payments, for its parents and for advisers the family lets see its records; anyone else is refused
 * and audited ({@link HouseholdAccess}).
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.PARENT + "', '" + AppRoles.ADVISER + "')")
public class FamilyPayments {

    public static final String BANK_DETAILS = "household/bank-details";

    private final PaymentInstructionRepository instructions;
    private final PaymentRunRepository runs;
    private final Ledger ledger;
    private final HouseholdAccess access;

    FamilyPayments(PaymentInstructionRepository instructions, PaymentRunRepository runs, Ledger ledger, HouseholdAccess access) {
        this.instructions = instructions;
        this.runs = runs;
        this.ledger = ledger;
        this.access = access;
    }

    /** The household's payments, those needing the family's action first, then the newest. */
    @Transactional(readOnly = true)
    public List<FamilyPayment> of(UUID householdId) {
        access.require(householdId, ConsentScope.VIEW, "Payments", householdId);
        return instructions.findByHouseholdIdOrderByDueOnDescAttemptDesc(householdId).stream()
                .map(this::payment)
                .sorted(Comparator.comparing((FamilyPayment p) -> !p.actionNeeded()))
                .toList();
    }

    /** Owed and not yet sent, on its way, and paid: sums of the household's ledger lines. */
    @Transactional(readOnly = true)
    public Balances balances(UUID householdId) {
        access.require(householdId, ConsentScope.VIEW, "Payments", householdId);
        return ledger.balancesOf(householdId);
    }

    private FamilyPayment payment(PaymentInstruction i) {
        var steps = new ArrayList<FamilyPayment.Step>();
        steps.add(new FamilyPayment.Step("Due", i.dueOn(), false));
        @Nullable PaymentRun run = i.runId() == null ? null : runs.findById(i.runId()).orElse(null);
        if (i.sentOn() != null) {
            steps.add(new FamilyPayment.Step("Sent to your bank", i.sentOn(), false));
        }
        if (i.paidOn() != null) {
            steps.add(new FamilyPayment.Step("Paid into your account", i.paidOn(), false));
        } else if (i.failedOn() != null) {
            steps.add(new FamilyPayment.Step("Returned by your bank", i.failedOn(), false));
        } else if (i.expectedOn() != null) {
            steps.add(new FamilyPayment.Step("Expected in your account", i.expectedOn(), true));
        } else if (run != null && i.status() != PaymentStatus.CANCELLED) {
            steps.add(new FamilyPayment.Step("Expected in your account", run.runDate(), true));
        }
        boolean actionNeeded = i.status() == PaymentStatus.FAILED;
        return new FamilyPayment(i.getId(), i.description(), i.amount(), i.status(), i.statementReference(), i.payee().masked(), i.lines(),
                List.copyOf(steps), whatNext(i, run), i.failureReason(), actionNeeded);
    }

    private static String whatNext(PaymentInstruction i, @Nullable PaymentRun run) {
        return switch (i.status()) {
            case DUE -> "We will pay it in our next payment run, into " + i.payee().masked().toLowerCase(java.util.Locale.UK) + ".";
            case HELD -> "We are checking it before we pay it"
                    + (i.heldReason() != null && i.heldReason().startsWith("The family changed their bank details")
                            ? ", because your bank details changed recently. We may phone you to check the change." : ".");
            case IN_RUN, APPROVED -> "It is in a payment run and should reach your account on "
                    + (run == null ? "the run date" : GovukDates.day(run.runDate())) + ".";
            case SENT -> "It should reach your account on " + GovukDates.day(i.expectedOn()) + ". Look for " + i.statementReference()
                    + " on your statement.";
            case PAID -> "It was paid into " + i.payee().masked().toLowerCase(java.util.Locale.UK) + " on " + GovukDates.day(i.paidOn())
                    + ". It shows on your statement as " + i.statementReference() + ".";
            case FAILED -> "Check your bank details and change them if they are wrong. We will send the payment again to the new account.";
            case REISSUED -> "We sent it again to the bank details you gave since.";
            case CANCELLED -> "It will not be paid: " + i.cancelledReason();
        };
    }
}
