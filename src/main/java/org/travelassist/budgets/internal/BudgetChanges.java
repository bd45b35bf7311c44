package org.travelassist.budgets.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.budgets.AttendanceRules;
import org.travelassist.budgets.BudgetEnding;
import org.travelassist.budgets.ConfirmedRenewalEnded;
import org.travelassist.budgets.BudgetPolicies;
import org.travelassist.budgets.BudgetPolicy;
import org.travelassist.budgets.BudgetRules;
import org.travelassist.budgets.BudgetState;
import org.travelassist.budgets.BudgetWorking;
import org.travelassist.budgets.InstalmentState;
import org.travelassist.budgets.InvalidBudgetException;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;
import org.travelassist.shared.PlainText;

/**
 * Every change to a budget, each in the caller's transaction with its audit record: the services check who may
 * act and what was typed; this makes the change the aggregate allows.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class BudgetChanges {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final BudgetRecords records;
    private final BudgetPolicies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BudgetChanges(BudgetRecords records, BudgetPolicies policies, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /** To the microsecond, as PostgreSQL keeps it, so what a step returns equals what is read back later. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public void rework(Budget budget, BudgetWorking working, String reason) {
        records.change(budget, () -> budget.work(working, reason));
    }

    public void send(Budget budget, String byName) {
        records.change(budget, () -> budget.send(byName, now()));
    }

    public void accept(Budget budget, UUID by, String byName, byte[] pdf) {
        records.change(budget, () -> budget.accept(by, byName, now(), pdf));
    }

    public void decline(Budget budget, @Nullable String reason) {
        records.change(budget, () -> budget.decline(reason, now(), GovukDates.today(clock)));
    }

    /** Moves an instalment on, audited; the aggregate's states refuse any move not allowed. */
    public void move(Instalment instalment, InstalmentState next, @Nullable String reason) {
        var before = instalment.snapshot();
        instalment.moveTo(next, reason, GovukDates.today(clock));
        records.instalmentChanged(instalment, before);
    }

    /**
     * Takes a month's absences (already checked against the school's days) off the next instalment not yet handed to
     * payments, line by line, and records the month with its dates; the same path for an officer and the school.
     */
    public Budget absence(Budget budget, YearMonth month, AttendanceRules.Month attendance, boolean medical, boolean review, String byName,
            boolean bySchool) {
        Money daily = Objects.requireNonNull(budget.dailyRate(), "an agreed budget has a daily rate");
        int daysAbsent = attendance.absent().size();
        Instalment next = budget.instalments().stream().filter(i -> i.state().unpaid() && i.handedOverOn() == null).findFirst().orElse(null);
        Money deducted = Money.ZERO;
        if (next != null && daysAbsent > 0) {
            var deduction = BudgetRules.absenceDeduction(daily, attendance.absent(), MONTH.format(month), next.amount());
            var before = next.snapshot();
            next.reduce(deduction.amount(), deduction.line());
            records.instalmentChanged(next, before);
            deducted = deduction.amount();
        }
        records.absenceRecorded(new Absence(budget.getId(), month.atDay(1), attendance.schoolDays(), attendance.absent(), medical,
                next == null || daysAbsent == 0 ? null : next.number(), deducted, review, byName, bySchool, now()), budget.householdId());
        return budget;
    }

    /**
     * Ends an agreement with the policy's notice from today: instalments for after the last day are cancelled, and
     * what was already handed to payments for days after it becomes a recovery, with a notice to the family.
     */
    public Budget end(Budget budget, String typedReason, boolean byFamily) {
        if (!budget.state().agreed() || budget.endsOn() != null) {
            throw new InvalidBudgetException(budget.endsOn() != null ? "Notice has already been given: the budget ends on "
                    + GovukDates.day(budget.endsOn()) + "." : "Only an agreed budget can be ended.");
        }
        String reason = PlainText.cleanText(typedReason).strip();
        if (reason.isEmpty()) {
            throw new InvalidBudgetException(java.util.Map.of("reason", byFamily ? "Tell the council why you want to end the budget"
                    : "Give the reason for ending the budget"));
        }
        BudgetPolicy policy = policies.version(budget.policyVersion()).orElseGet(() -> policies.inForce(budget.startsOn()));
        LocalDate today = GovukDates.today(clock);
        LocalDate lastDay = BudgetRules.endsOn(policy, today);
        Money overpaid = endOn(budget, lastDay, reason, today);
        events.publishEvent(new BudgetEnding(budget.getId(), budget.applicationReference(), budget.householdId(), budget.childName(), lastDay,
                reason, byFamily, overpaid));
        records.renewalOf(budget).ifPresent(next -> {
            String why = "Notice was given to end this year's agreement";
            switch (next.state()) {
                case DRAFT, OFFERED -> records.change(next, () -> next.withdraw(why, today));
                // A renewal already confirmed is an agreement too: it ends on the same day, before it starts, so nothing
                // of next year is paid, and anything already handed over for it is recovered as for this year.
                // The family confirmed it, so they hear that it will not start, in words of its own.
                case ACCEPTED -> {
                    Money nextOverpaid = endOn(next, lastDay, why, today);
                    events.publishEvent(new ConfirmedRenewalEnded(next.getId(), next.applicationReference(), next.householdId(),
                            next.childName(), next.startsOn(), byFamily, nextOverpaid));
                }
                default -> { }
            }
        });
        return budget;
    }

    private Money endOn(Budget budget, LocalDate lastDay, String reason, LocalDate today) {
        List<BudgetWorking.PlannedInstalment> handedOver = budget.instalments().stream()
                .filter(i -> i.state() == InstalmentState.DUE || i.state() == InstalmentState.SENT_FOR_PAYMENT || i.state() == InstalmentState.PAID)
                .map(Instalment::asPlanned).toList();
        Money overpaid = BudgetRules.overpaid(handedOver, lastDay);
        records.change(budget, () -> budget.end(today, lastDay, reason, overpaid, today));
        return overpaid;
    }
}
