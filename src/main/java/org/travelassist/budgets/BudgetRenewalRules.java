package org.travelassist.budgets;

import java.time.LocalDate;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.travelassist.budgets.BudgetPolicy.PolicyYear;
import org.travelassist.budgets.BudgetWorking.Line;

/** Renewal before the next policy year: when it opens, when it lapses, and next year's budget worked out again. Part of {@link BudgetRules}. */
final class BudgetRenewalRules {

    private BudgetRenewalRules() {}

    /** The first day next year's budget is offered for an agreement in {@code year}: {@code leadWeeks} before it ends. */
    static LocalDate renewalOpensOn(PolicyYear year, int leadWeeks) {
        if (leadWeeks < 1) {
            throw new IllegalArgumentException("Renewals open at least a week before the policy year ends");
        }
        return year.ends().minusWeeks(leadWeeks);
    }

    /** Whether next year's budget is to be offered today: from the day renewals open to the year's last day, both included. */
    static boolean renewalDue(PolicyYear year, int leadWeeks, LocalDate today) {
        return !today.isBefore(renewalOpensOn(year, leadWeeks)) && !today.isAfter(year.ends());
    }

    /** A renewal not confirmed by the last day of the agreement it renews is not renewed: the agreement ends with its year. */
    static boolean renewalLapsed(LocalDate confirmBy, LocalDate today) {
        return today.isAfter(confirmBy);
    }

    /**
     * Next year's budget for an agreement in {@code ending}: worked out again, from the facts stored with it, under
     * {@code next} (the policy in force when the next year starts), for the whole of that year. The agreement itself is
     * never changed; this is a new offer.
     */
    static BudgetRules.Outcome renewal(BudgetPolicy next, BudgetFacts facts, PolicyYear ending) {
        return renewal(next, facts, ending, null);
    }

    /** The policy year after {@code ending}, as {@code next} lays its years out. */
    static PolicyYear yearAfter(BudgetPolicy next, PolicyYear ending) {
        return next.yearFor(ending.ends().plusDays(1));
    }

    static BudgetRules.Outcome renewal(BudgetPolicy next, BudgetFacts facts, PolicyYear ending, AttendanceRules.@Nullable YearDays yearDays) {
        PolicyYear nextYear = yearAfter(next, ending);
        Line first = Line.of("Next year's budget, for the policy year " + nextYear.words() + ", worked out again under the policy in force "
                + "then (" + next.version() + "). This year's agreement is not changed.");
        return switch (BudgetRules.workOut(next, facts.startingOn(nextYear.starts()), yearDays)) {
            case BudgetRules.Worked worked -> {
                var w = worked.working();
                var lines = new ArrayList<Line>();
                lines.add(first);
                lines.addAll(w.lines());
                yield new BudgetRules.Worked(new BudgetWorking(w.policyVersion(), w.annual(), w.total(), w.dailyRate(), lines, w.year(), w.startsOn(),
                        w.instalments()));
            }
            case BudgetRules.NeedsOfficer needs -> needs;
        };
    }
}
