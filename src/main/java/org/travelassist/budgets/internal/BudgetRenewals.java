package org.travelassist.budgets.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.budgets.BudgetEnding;
import org.travelassist.budgets.BudgetPolicies;
import org.travelassist.budgets.BudgetPolicy;
import org.travelassist.budgets.BudgetRenewalOffered;
import org.travelassist.budgets.BudgetRules;
import org.travelassist.budgets.BudgetState;
import org.travelassist.budgets.BudgetWorking;
import org.travelassist.shared.GovukDates;

/**
 * Renewal before the next policy year (issue 11, item 6). From {@code travelassist.budgets.renewal-lead-weeks} before
 * an agreement's policy year ends, next year's budget is worked out from the facts stored with it under the policy in
 * force when that year starts, and offered to the family to confirm online; an agreement never changes for it. Where
 * the rules cannot work it out, or an officer had changed this year's amount, it is left as a draft for an officer to
 * check and send. A renewal nobody confirmed by the year's last day lapses, and the agreement ends with its year.
 * Each morning, and when an officer asks; once per agreement (a unique index backs that up).
 */
@Component
public class BudgetRenewals {

    /** Who offered a renewal the job made, in the audit trail and on the officer's page. */
    static final String BY_THE_PORTAL = "Travel Assist (renewal before the policy year ends)";

    private final BudgetRepository budgets;
    private final BudgetRecords records;
    private final BudgetChanges changes;
    private final BudgetPolicies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int leadWeeks;
    private final BudgetSchoolDays schoolDays;

    BudgetRenewals(BudgetRepository budgets, BudgetRecords records, BudgetChanges changes, BudgetPolicies policies,
            ApplicationEventPublisher events, Clock clock, BudgetSchoolDays schoolDays,
            @Value("${travelassist.budgets.renewal-lead-weeks:6}") int leadWeeks) {
        this.schoolDays = schoolDays;
        if (leadWeeks < 1 || leadWeeks > 26) {
            throw new IllegalStateException("travelassist.budgets.renewal-lead-weeks must be from 1 to 26 weeks, not " + leadWeeks);
        }
        this.budgets = budgets;
        this.records = records;
        this.changes = changes;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
        this.leadWeeks = leadWeeks;
    }

    /** What one run did. */
    public record Run(int offered, int drafted, int lapsed) {}

    @Scheduled(cron = "${travelassist.budgets.renewals-cron:0 30 6 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "budgets-renewals")
    @Transactional // here, not only below: a call from this method to another of its own bypasses the proxy, so no transaction
    public void everyMorning() {
        run(GovukDates.today(clock));
    }

    public int leadWeeks() {
        return leadWeeks;
    }

    /** The day renewals open for agreements in the policy year that {@code today} falls in. */
    public LocalDate opensOn(LocalDate today) {
        return BudgetRules.renewalOpensOn(policies.inForce(today).yearFor(today), leadWeeks);
    }

    @Transactional
    public Run run(LocalDate today) {
        int offered = 0;
        int drafted = 0;
        for (Budget agreed : budgets.agreedWithoutRenewal()) {
            BudgetPolicy.PolicyYear year = policyOf(agreed).yearFor(agreed.startsOn());
            if (!BudgetRules.renewalDue(year, leadWeeks, today)) {
                continue;
            }
            if (renew(agreed, year)) {
                offered++;
            } else {
                drafted++;
            }
        }
        int lapsed = 0;
        for (Budget renewal : budgets.renewalsIn(List.of(BudgetState.DRAFT, BudgetState.OFFERED))) {
            if (renewal.renewalLapsedOn(today)) {
                lapse(renewal, today);
                lapsed++;
            }
        }
        return new Run(offered, drafted, lapsed);
    }

    /** Makes next year's budget; true when it was offered to the family, false when left for an officer. */
    private boolean renew(Budget agreed, BudgetPolicy.PolicyYear year) {
        BudgetPolicy next = policies.forYearAfter(year);
        var nextYear = BudgetRules.yearAfter(next, year);
        var outcome = BudgetRules.renewal(next, agreed.facts(), year, schoolDays.year(agreed.schoolUrn(), nextYear, next));
        LocalDate startsOn = nextYear.starts();
        Budget renewal = Budget.renewalOf(agreed, next.version(), startsOn, year.ends(), clock.instant());
        switch (outcome) {
            case BudgetRules.Worked worked -> renewal.work(worked.working(), null);
            case BudgetRules.NeedsOfficer needs -> renewal.needsOfficer(needs.reason(), List.of(BudgetWorking.Line.of(needs.reason())));
        }
        if (outcome instanceof BudgetRules.Worked && agreed.adjustedReason() != null) {
            renewal.toCheck("This year's amount was changed by the council (" + agreed.adjustedReason() + "): check next year's, "
                    + "worked out under the policy, before sending it.");
        }
        records.created(renewal);
        if (renewal.needsOfficer() != null) {
            return false;
        }
        changes.send(renewal, BY_THE_PORTAL);
        events.publishEvent(offeredEvent(renewal));
        return true;
    }

    /** The renewal event, for the job's offers and for an officer sending a renewal they checked. */
    public static BudgetRenewalOffered offeredEvent(Budget renewal) {
        var first = renewal.instalments().getFirst();
        LocalDate lastDay = renewal.instalments().getLast().coversTo();
        return new BudgetRenewalOffered(renewal.getId(), Objects.requireNonNull(renewal.renewsBudgetId()), renewal.applicationReference(),
                renewal.householdId(), renewal.childName(), GovukDates.day(renewal.startsOn()) + " to " + GovukDates.day(lastDay),
                Objects.requireNonNull(renewal.annual()), renewal.instalments().size(), first.dueOn(),
                Objects.requireNonNull(renewal.confirmBy()));
    }

    private void lapse(Budget renewal, LocalDate today) {
        LocalDate lastDay = Objects.requireNonNull(renewal.confirmBy());
        String reason = "Next year's budget was not confirmed by " + GovukDates.day(lastDay) + ", so the budget ends with the policy year";
        records.change(renewal, () -> renewal.lapse(reason, today));
        Budget renewed = records.find(Objects.requireNonNull(renewal.renewsBudgetId()));
        if (renewed.state() == BudgetState.ACCEPTED && renewed.endsOn() == null) {
            records.change(renewed, () -> renewed.end(today, lastDay, reason, org.travelassist.shared.Money.ZERO, today));
            events.publishEvent(new BudgetEnding(renewed.getId(), renewed.applicationReference(), renewed.householdId(), renewed.childName(),
                    lastDay, reason, false, org.travelassist.shared.Money.ZERO));
        }
    }

    private BudgetPolicy policyOf(Budget budget) {
        return policies.version(budget.policyVersion()).orElseGet(() -> policies.inForce(budget.startsOn()));
    }
}
