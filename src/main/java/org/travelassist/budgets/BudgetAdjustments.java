package org.travelassist.budgets;

import java.time.LocalDate;
import java.util.List;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.budgets.BudgetWorking.PlannedInstalment;
import org.travelassist.shared.Money;
import static org.travelassist.budgets.ProRataRules.days;
import static org.travelassist.budgets.ProRataRules.proRata;

/** Attendance, ending and recovery: absences off the next instalment, the review threshold, notice and overpayment. Part of {@link BudgetRules}. */
final class BudgetAdjustments {

    private BudgetAdjustments() {}

    /** As {@link #absenceDeduction(Money, int, String, Money)}, naming the dates ("2 days absent in January 2027 (11 and 12)"). */
    static BudgetRules.Deduction absenceDeduction(Money dailyRate, List<LocalDate> dates, String month, Money instalment) {
        var days = dates.stream().map(date -> String.valueOf(date.getDayOfMonth())).toList();
        String named = days.size() == 1 ? days.getFirst() : String.join(", ", days.subList(0, days.size() - 1)) + " and " + days.getLast();
        return deduction(dailyRate, dates.size(), month + " (" + named + ")", instalment);
    }

    static BudgetRules.Deduction absenceDeduction(Money dailyRate, int daysAbsent, String month, Money instalment) {
        return deduction(dailyRate, daysAbsent, month, instalment);
    }

    private static BudgetRules.Deduction deduction(Money dailyRate, int daysAbsent, String when, Money instalment) {
        if (daysAbsent < 0) {
            throw new IllegalArgumentException("Days absent cannot be negative");
        }
        Money wanted = dailyRate.times(daysAbsent);
        Money taken = wanted.isGreaterThan(instalment) ? instalment : wanted;
        String text = daysAbsent + " day" + (daysAbsent == 1 ? "" : "s") + " absent in " + when + " × " + dailyRate.formatted()
                + " a day = " + wanted.negate().formatted()
                + (taken.equals(wanted) ? "" : "; only " + taken.formatted() + " can come off this instalment");
        return new BudgetRules.Deduction(taken, new Line(text, taken.negate()));
    }

    /**
     * Whether a month's attendance puts the budget on the officer's review list: below the policy's threshold
     * (90% unless it says otherwise), except where the absence was for the child's medical needs. Exact: 171 of 190
     * days is 90% and is not below.
     */
    static boolean needsReview(BudgetPolicy policy, int schoolDays, int daysAbsent, boolean medical) {
        if (schoolDays < 1 || daysAbsent < 0 || daysAbsent > schoolDays) {
            throw new IllegalArgumentException("Days absent must be between 0 and the school's open days");
        }
        return !medical && (long) (schoolDays - daysAbsent) * 100 < (long) policy.attendanceThresholdPercent() * schoolDays;
    }

    /** Attendance as a whole percentage, rounded down, for the officer's list ("85%"). */
    static int attendancePercent(int schoolDays, int daysAbsent) {
        return (int) ((long) (schoolDays - daysAbsent) * 100 / schoolDays);
    }

    /** The last day of a budget ended with the policy's notice from {@code noticeGiven}. */
    static LocalDate endsOn(BudgetPolicy policy, LocalDate noticeGiven) {
        return noticeGiven.plusMonths(policy.noticeMonths());
    }

    /**
     * What was paid for days after the budget ended: for each instalment paid, its share of the days it covers that
     * fall after {@code endsOn}, rounded half up. Zero when nothing was paid ahead.
     */
    static Money overpaid(List<PlannedInstalment> paid, LocalDate endsOn) {
        Money over = Money.ZERO;
        for (var instalment : paid) {
            if (!instalment.coversTo().isAfter(endsOn)) {
                continue;
            }
            LocalDate firstAfter = instalment.coversFrom().isAfter(endsOn) ? instalment.coversFrom() : endsOn.plusDays(1);
            over = over.plus(proRata(instalment.amount(), days(firstAfter, instalment.coversTo()),
                    days(instalment.coversFrom(), instalment.coversTo())));
        }
        return over;
    }
}
