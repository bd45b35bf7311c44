package org.travelassist.budgets.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.budgets.BudgetState;
import org.travelassist.budgets.InstalmentDue;
import org.travelassist.budgets.InstalmentState;
import org.travelassist.payments.PaymentLine;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/**
 * Each morning, hands every instalment of an agreed budget that has fallen due to payments ({@link InstalmentDue},
 * through the event publication registry), with the payee copied as it is today. Without bank details the
 * instalment is held, and handed over on the first run after the family gives them. An instalment is handed over
 * once: its state and {@code handed_over_on} say it went, and payments is idempotent on the instalment's id too.
 */
@Component
public class InstalmentsFallingDue {

    private static final List<InstalmentState> WAITING = List.of(InstalmentState.SCHEDULED, InstalmentState.HELD);
    static final String NO_BANK_DETAILS = "No bank account to pay into: a parent can give one on the budget's page";

    private final InstalmentRepository instalments;
    private final BudgetChanges changes;
    private final HouseholdPayees payees;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InstalmentsFallingDue(InstalmentRepository instalments, BudgetChanges changes, HouseholdPayees payees, ApplicationEventPublisher events,
            Clock clock) {
        this.instalments = instalments;
        this.changes = changes;
        this.payees = payees;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${travelassist.budgets.instalments-due-cron:0 15 6 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "budgets-instalments-falling-due")
    @Transactional // here, not only below: a call from this method to another of its own bypasses the proxy, so no transaction
    public void everyMorning() {
        handOver(GovukDates.today(clock));
    }

    /** Hands over what has fallen due by {@code today}; returns how many instalments went to payments. */
    @Transactional
    public int handOver(LocalDate today) {
        int handed = 0;
        for (Instalment instalment : instalments.fallenDue(WAITING, today, List.of(BudgetState.ACCEPTED, BudgetState.ENDING))) {
            Budget budget = instalment.budget();
            var payee = payees.payeeOf(budget.householdId());
            if (payee.isEmpty()) {
                if (instalment.state() != InstalmentState.HELD) {
                    changes.move(instalment, InstalmentState.HELD, NO_BANK_DETAILS);
                }
                continue;
            }
            instalment.handedOver(today);
            changes.move(instalment, InstalmentState.DUE, null);
            if (instalment.amount().isZero()) {
                changes.move(instalment, InstalmentState.PAID, "Nothing to pay: absences took the whole instalment");
                continue;
            }
            int count = budget.instalments().size();
            events.publishEvent(new InstalmentDue(budget.getId(), instalment.getId(), budget.applicationReference(), instalment.number(),
                    count, budget.householdId(), budget.childName(), payee.get(), instalment.amount(), instalment.dueOn(),
                    statementReference(budget.applicationReference(), instalment.number(), count), lines(instalment, count)));
            handed++;
        }
        return handed;
    }

    /** "TA PTB 000123 2/3": at most 18 characters, as BACS allows. */
    static String statementReference(String applicationReference, int number, int count) {
        String digits = applicationReference.replaceAll("\\D", "");
        String serial = digits.length() > 6 ? digits.substring(digits.length() - 6) : digits;
        String reference = "TA PTB " + serial + " " + number + "/" + count;
        return reference.length() <= 18 ? reference : reference.substring(0, 18);
    }

    private static List<PaymentLine> lines(Instalment instalment, int count) {
        var lines = new ArrayList<PaymentLine>();
        lines.add(new PaymentLine("Payment " + instalment.number() + " of " + count + ": " + instalment.label(), instalment.planned()));
        for (var adjustment : instalment.adjustments()) {
            lines.add(new PaymentLine(adjustment.text(), Objects.requireNonNullElse(adjustment.amount(), Money.ZERO)));
        }
        return lines;
    }
}
