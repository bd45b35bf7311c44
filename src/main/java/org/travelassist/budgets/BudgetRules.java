package org.travelassist.budgets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.budgets.BudgetPolicy.PolicyYear;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.budgets.BudgetWorking.PlannedInstalment;
import org.travelassist.shared.Money;

/**
 * Personal transport budgets worked out under a council's policy (DOMAIN.md §2.2, §2.4 and §2.6). Pure, like
 * {@code EligibilityRules}: the distances come from the decision, the day from the caller; nothing here reads a clock
 * or a database. Every amount is whole pence and every step is a line of the working, in words a family can check
 * with a calculator.
 *
 * <p>Rounding happens in two places only, both half up to the penny and both shown: the day's rate (miles are
 * taken to 2 decimal places first, as families are told them) and a part-year total. Splitting the total into
 * instalments never rounds: {@link Money#allocateByRatios} gives the odd pennies to the instalments that lost most,
 * and between equals to the earliest, so the same budget always splits the same way and the instalments add up to
 * the total exactly.
 *
 * <p>The rules are split by concern, each in its own class in this package: {@code BudgetAmounts} (the annual
 * amount), {@code BudgetSchedules} (the instalments), {@code ProRataRules}, {@code BudgetAdjustments} (attendance,
 * ending, recovery) and {@code BudgetRenewalRules}; this class is their one entry point.
 *
 * <p>A budget starting on or before the first day of the policy year is paid in the schedule's published shares
 * (York: £1,824 a year is £608 a term). One starting later gets the annual amount pro rata, by the days or the
 * months left in the year as the policy says, paid only in the instalments whose period has not ended; the one
 * whose period has begun is paid on the start day, for the days of it that are left.
 */
public final class BudgetRules {

    private BudgetRules() {}

    /** The budget, or why an officer must set the amount: a distance not measured, or a policy set case by case. */
    public sealed interface Outcome permits Worked, NeedsOfficer {}

    public record Worked(BudgetWorking working) implements Outcome {}

    public record NeedsOfficer(String reason) implements Outcome {}

    /** The annual amount, worked out line by line, and the daily rate; before the schedule. */
    public record Annual(Money amount, Money dailyRate, List<Line> lines) {

        public Annual {
            lines = List.copyOf(lines);
        }
    }

    public static Outcome workOut(BudgetPolicy policy, BudgetFacts facts) {
        return workOut(policy, facts, null);
    }

    /**
     * As {@link #workOut(BudgetPolicy, BudgetFacts)}, on the school days of the school's term calendar where they are
     * held ({@link AttendanceRules#yearDays}), or the policy's, said so on the working.
     */
    public static Outcome workOut(BudgetPolicy policy, BudgetFacts facts, AttendanceRules.@Nullable YearDays yearDays) {
        var annual = BudgetAmounts.annual(policy, facts, yearDays);
        if (annual instanceof BudgetAmounts.AnnualOrReason.Reason reason) {
            return new NeedsOfficer(reason.text());
        }
        Annual worked = ((BudgetAmounts.AnnualOrReason.Amount) annual).annual();
        return new Worked(schedule(policy, worked, facts.startsOn()));
    }

    /** The annual amount and its working, or null where an officer must set it. */
    public static @Nullable Annual annualOf(BudgetPolicy policy, BudgetFacts facts) {
        return annualOf(policy, facts, null);
    }

    public static @Nullable Annual annualOf(BudgetPolicy policy, BudgetFacts facts, AttendanceRules.@Nullable YearDays yearDays) {
        return BudgetAmounts.annual(policy, facts, yearDays) instanceof BudgetAmounts.AnnualOrReason.Amount amount ? amount.annual() : null;
    }

    /**
     * The schedule for an annual amount already worked out (or set by an officer), from the day the budget starts.
     */
    public static BudgetWorking schedule(BudgetPolicy policy, Annual annual, LocalDate startsOn) {
        return BudgetSchedules.schedule(policy, annual, startsOn);
    }

    // ---- Attendance, ending and recovery --------------------------------------------------------------------------

    /** Absent days taken off the next instalment: days × the daily rate, never more than the instalment itself. */
    public record Deduction(Money amount, Line line) {}

    /** As {@link #absenceDeduction(Money, int, String, Money)}, naming the dates ("2 days absent in January 2027 (11 and 12)"). */
    public static Deduction absenceDeduction(Money dailyRate, List<LocalDate> dates, String month, Money instalment) {
        return BudgetAdjustments.absenceDeduction(dailyRate, dates, month, instalment);
    }

    public static Deduction absenceDeduction(Money dailyRate, int daysAbsent, String month, Money instalment) {
        return BudgetAdjustments.absenceDeduction(dailyRate, daysAbsent, month, instalment);
    }

    /**
     * Whether a month's attendance puts the budget on the officer's review list: below the policy's threshold
     * (90% unless it says otherwise), except where the absence was for the child's medical needs.
     */
    public static boolean needsReview(BudgetPolicy policy, int schoolDays, int daysAbsent, boolean medical) {
        return BudgetAdjustments.needsReview(policy, schoolDays, daysAbsent, medical);
    }

    /** Attendance as a whole percentage, rounded down, for the officer's list ("85%"). */
    public static int attendancePercent(int schoolDays, int daysAbsent) {
        return BudgetAdjustments.attendancePercent(schoolDays, daysAbsent);
    }

    /** The last day of a budget ended with the policy's notice from {@code noticeGiven}. */
    public static LocalDate endsOn(BudgetPolicy policy, LocalDate noticeGiven) {
        return BudgetAdjustments.endsOn(policy, noticeGiven);
    }

    /** What was paid for days after the budget ended; zero when nothing was paid ahead. */
    public static Money overpaid(List<PlannedInstalment> paid, LocalDate endsOn) {
        return BudgetAdjustments.overpaid(paid, endsOn);
    }

    // ---- Renewal before the next policy year ---------------------------------------------------------------------

    /** The first day next year's budget is offered for an agreement in {@code year}: {@code leadWeeks} before it ends. */
    public static LocalDate renewalOpensOn(PolicyYear year, int leadWeeks) {
        return BudgetRenewalRules.renewalOpensOn(year, leadWeeks);
    }

    /** Whether next year's budget is to be offered today: from the day renewals open to the year's last day, both included. */
    public static boolean renewalDue(PolicyYear year, int leadWeeks, LocalDate today) {
        return BudgetRenewalRules.renewalDue(year, leadWeeks, today);
    }

    /** A renewal not confirmed by the last day of the agreement it renews is not renewed. */
    public static boolean renewalLapsed(LocalDate confirmBy, LocalDate today) {
        return BudgetRenewalRules.renewalLapsed(confirmBy, today);
    }

    /** The policy year after {@code ending}, as {@code next} lays its years out. */
    public static PolicyYear yearAfter(BudgetPolicy next, PolicyYear ending) {
        return BudgetRenewalRules.yearAfter(next, ending);
    }

    /** Next year's budget for an agreement in {@code ending}, worked out again under {@code next}; a new offer. */
    public static Outcome renewal(BudgetPolicy next, BudgetFacts facts, PolicyYear ending) {
        return BudgetRenewalRules.renewal(next, facts, ending, null);
    }

    public static Outcome renewal(BudgetPolicy next, BudgetFacts facts, PolicyYear ending, AttendanceRules.@Nullable YearDays yearDays) {
        return BudgetRenewalRules.renewal(next, facts, ending, yearDays);
    }

    /** The school days a year is worked out on: the school's by its term dates where held, else the policy's. */
    public static int schoolDays(BudgetPolicy policy, AttendanceRules.@Nullable YearDays yearDays) {
        return yearDays != null && yearDays.schoolDays() != null ? yearDays.schoolDays() : policy.attendanceDays();
    }

    // ---- Shared by the parts, and tested at their edges --------------------------------------------------------------

    static BudgetPolicy.Band band(List<BudgetPolicy.Band> bands, long metres) {
        return BudgetAmounts.band(bands, metres);
    }

    /** Miles to 2 decimal places, half up, as families are told distances. */
    static BigDecimal miles(long metres) {
        return BudgetAmounts.miles(metres);
    }

    /** amount × part ÷ whole, half up to the penny. */
    static Money proRata(Money amount, long part, long whole) {
        return ProRataRules.proRata(amount, part, whole);
    }
}
