package org.travelassist.budgets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.budgets.internal.Budget;
import org.travelassist.budgets.internal.BudgetRecords;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/**
 * A recovery as a repayment plan: what was paid for days after a budget ended, repaid in instalments an officer sets
 * (adding up to the recovery exactly, the first a month from now and the rest monthly), shown to the family and
 * emailed; an officer records each repayment as it arrives, and the recovery is reconciled when all are repaid.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.SENIOR_OFFICER + "')")
public class BudgetRecoveries {

    public static final String FIELD = "repayments";

    private final BudgetRecords records;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BudgetRecoveries(BudgetRecords records, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** @param typedAmounts each repayment's amount, separated by semicolons or new lines */
    @Transactional
    public BudgetDetails plan(UUID id, String typedAmounts) {
        Budget budget = records.find(id);
        Money recovery = budget.recovery();
        if (recovery == null || !recovery.isPositive()) {
            throw new InvalidBudgetException("There is nothing to recover on this budget.");
        }
        if (!records.repayments(budget).isEmpty()) {
            throw new InvalidBudgetException("The repayment plan is already set: record each repayment as it arrives.");
        }
        LocalDate firstDue = GovukDates.today(clock).plusMonths(1);
        var planned = switch (RecoveryRules.plan(recovery, typedAmounts, firstDue)) {
            case RecoveryRules.Planned plan -> plan.repayments();
            case RecoveryRules.Refused refused -> throw new InvalidBudgetException(Map.of(FIELD, refused.problem()));
        };
        records.repaymentsPlanned(budget, planned, currentUser.require().displayName(), clock.instant());
        events.publishEvent(new BudgetRecoveryPlanned(budget.getId(), budget.applicationReference(), budget.householdId(), budget.childName(),
                recovery, planned));
        return records.details(budget);
    }

    /** Records a repayment as received today; recording it twice records it once. */
    @Transactional
    public BudgetDetails repaid(UUID id, int number) {
        Budget budget = records.find(id);
        var repayment = records.repayments(budget).stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new InvalidBudgetException("This budget has no repayment " + number + "."));
        records.repaid(budget, repayment, GovukDates.today(clock), currentUser.require().displayName());
        return records.details(budget);
    }
}
