package org.travelassist.payments;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.accounts.Payee;
import org.travelassist.payments.internal.PaymentInstruction;
import org.travelassist.payments.internal.PaymentInstructionRepository;
import org.travelassist.shared.Money;

/** A payment due as budgets or claims would publish it, for payments' own tests (payments never imports them). */
public record TestPaymentDue(PaymentSource source, UUID householdId, Payee payee, Money amount, LocalDate dueOn,
        String statementReference, String description, List<PaymentLine> lines) implements PaymentDue {

    private static int counter = 100;

    public static TestPaymentDue claim(UUID householdId, Payee payee, Money amount, LocalDate on) {
        int n = next();
        return new TestPaymentDue(new PaymentSource(PaymentSource.Kind.MILEAGE_CLAIM, UUID.randomUUID()), householdId, payee, amount, on,
                "TA MIL " + String.format("%06d", n), "Mileage for Aarav, November 2026",
                List.of(new PaymentLine("19 days, 2 journeys of 4.2 miles at 45p a mile", amount)));
    }

    public static TestPaymentDue instalment(UUID householdId, Payee payee, Money amount, LocalDate on) {
        int n = next();
        return new TestPaymentDue(new PaymentSource(PaymentSource.Kind.BUDGET_INSTALMENT, UUID.randomUUID()), householdId, payee, amount, on,
                "TA PTB " + String.format("%06d", n) + " 1/3", "Travel budget for Aarav, payment 1 of 3",
                List.of(new PaymentLine("A third of the yearly budget of " + amount.times(3).formatted(), amount)));
    }

    public static Payee payee(UUID householdId) {
        return new Payee(householdId, UUID.randomUUID(), "PRIYA SHAH", "309430", String.format("%08d", next()), null);
    }

    private static synchronized int next() {
        return ++counter;
    }

    /** Publishes this payment as its module would, after a commit, and waits for payments to make its instruction. */
    public PaymentInstruction publishAndAwait(TransactionTemplate transactions, ApplicationEventPublisher events,
            PaymentInstructionRepository instructions) {
        transactions.executeWithoutResult(status -> events.publishEvent(this));
        return Awaitility.await().atMost(Duration.ofSeconds(10)).until(
                () -> instructions.findBySourceKindAndSourceIdOrderByAttemptAsc(source.kind(), source.id()),
                found -> !found.isEmpty()).getFirst();
    }
}
