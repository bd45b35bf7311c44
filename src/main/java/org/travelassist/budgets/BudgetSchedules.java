package org.travelassist.budgets;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.travelassist.budgets.BudgetPolicy.PolicyYear;
import org.travelassist.budgets.BudgetRules.Annual;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.budgets.BudgetWorking.PlannedInstalment;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;
import org.travelassist.shared.WorkingDays;
import static org.travelassist.budgets.ProRataRules.days;
import static org.travelassist.budgets.ProRataRules.months;
import static org.travelassist.budgets.ProRataRules.proRata;

/**
 * The instalment schedule for an annual amount: the shape's instalments across the policy year, and for a start
 * during the year the total pro rata, paid in the instalments not yet over. Splitting never rounds. Part of
 * {@link BudgetRules}.
 */
final class BudgetSchedules {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    /** Ratios for a part-year split carry this many parts per whole period, far below a penny in effect. */
    private static final long RATIO_SCALE = 1_000_000;

    private BudgetSchedules() {}

    /**
     * The schedule for an annual amount already worked out (or set by an officer), from the day the budget starts.
     */
    public static BudgetWorking schedule(BudgetPolicy policy, Annual annual, LocalDate startsOn) {
        var lines = new ArrayList<>(annual.lines());
        PolicyYear year = policy.yearFor(startsOn);
        List<Nominal> nominal = nominal(policy, year);
        boolean fullYear = !startsOn.isAfter(year.starts());
        LocalDate from = fullYear ? year.starts() : startsOn;
        Money total;
        List<Nominal> paid;
        long[] ratios;
        if (fullYear) {
            total = annual.amount();
            paid = nominal;
            ratios = nominal.stream().mapToLong(Nominal::weight).toArray();
            lines.add(Line.of("The policy year runs from " + year.words() + "."));
        } else {
            long left = policy.proRata() == BudgetPolicy.ProRata.BY_DAYS ? ChronoUnit.DAYS.between(startsOn, year.ends()) + 1
                    : months(startsOn, year.ends());
            long whole = policy.proRata() == BudgetPolicy.ProRata.BY_DAYS ? year.days() : months(year.starts(), year.ends());
            String unit = policy.proRata() == BudgetPolicy.ProRata.BY_DAYS ? "days" : "months";
            total = proRata(annual.amount(), left, whole);
            lines.add(new Line("The budget starts on " + GovukDates.day(startsOn) + ", during the policy year (" + year.words() + "): "
                    + left + " of its " + whole + " " + unit + " are left" + (unit.equals("months") ? ", counting the month it starts in" : "")
                    + ", so " + annual.amount().formatted() + " × " + left + " ÷ " + whole + " = " + total.formatted()
                    + ", rounded to the nearest penny.", total));
            paid = new ArrayList<>();
            var parts = new ArrayList<Long>();
            for (Nominal instalment : nominal) {
                if (instalment.coversTo().isBefore(startsOn)) {
                    continue;
                }
                long period = days(instalment.coversFrom(), instalment.coversTo());
                LocalDate coversFrom = instalment.coversFrom().isBefore(startsOn) ? startsOn : instalment.coversFrom();
                LocalDate dueOn = instalment.dueOn().isBefore(startsOn) ? startsOn : instalment.dueOn();
                paid.add(new Nominal(instalment.label(), dueOn, coversFrom, instalment.coversTo(), instalment.weight()));
                parts.add(instalment.weight() * RATIO_SCALE * days(coversFrom, instalment.coversTo()) / period);
            }
            ratios = parts.stream().mapToLong(Long::longValue).toArray();
        }
        List<Money> amounts = total.allocateByRatios(ratios);
        var instalments = new ArrayList<PlannedInstalment>();
        for (int i = 0; i < paid.size(); i++) {
            Nominal n = paid.get(i);
            instalments.add(new PlannedInstalment(i + 1, n.label(), n.dueOn(), n.coversFrom(), n.coversTo(), amounts.get(i)));
        }
        lines.add(split(policy, total, instalments, fullYear));
        return new BudgetWorking(policy.version(), annual.amount(), total, annual.dailyRate(), lines, year, from, instalments);
    }

    private static Line split(BudgetPolicy policy, Money total, List<PlannedInstalment> instalments, boolean fullYear) {
        int n = instalments.size();
        boolean equalWeights = fullYear && nominalWeightsEqual(policy);
        var list = String.join("; ", instalments.stream().map(i -> i.label() + " " + i.amount().formatted()).toList());
        if (equalWeights && instalments.stream().map(PlannedInstalment::amount).distinct().count() == 1) {
            return new Line(total.formatted() + " in " + n + " equal instalments of " + instalments.getFirst().amount().formatted()
                    + " (" + policy.schedule().shape().words + ").", total);
        }
        if (equalWeights) {
            long over = total.pence() % n;
            var names = instalments.stream().limit(over).map(PlannedInstalment::label).toList();
            return new Line(total.formatted() + " does not divide into " + n + " equal instalments: the " + over + "p left over "
                    + (over == 1 ? "goes" : "go") + " one each to the earliest (" + String.join(", ", names)
                    + "), the same way for every budget. " + list + ".", total);
        }
        return new Line(total.formatted() + " in " + n + " instalment" + (n == 1 ? "" : "s") + ", each in proportion to the "
                + (fullYear ? "terms" : "days") + " it pays for; any odd pennies go to the ones that lost most in rounding, the earliest first. "
                + list + ".", total);
    }

    private static boolean nominalWeightsEqual(BudgetPolicy policy) {
        return policy.schedule().shape() != BudgetPolicy.Shape.TWO_PAYMENTS;
    }

    /** The instalments of a whole policy year, as the schedule's shape lays them out. */
    record Nominal(String label, LocalDate dueOn, LocalDate coversFrom, LocalDate coversTo, long weight) {}

    static List<Nominal> nominal(BudgetPolicy policy, PolicyYear year) {
        var schedule = policy.schedule();
        var result = new ArrayList<Nominal>();
        switch (schedule.shape()) {
            case TERMLY_IN_ADVANCE -> {
                List<LocalDate> starts = termStarts(schedule.terms(), year);
                for (int i = 0; i < starts.size(); i++) {
                    LocalDate coversFrom = i == 0 ? year.starts() : starts.get(i);
                    LocalDate coversTo = i == starts.size() - 1 ? year.ends() : starts.get(i + 1).minusDays(1);
                    result.add(new Nominal(schedule.terms().get(i).name(), WorkingDays.minusWorkingDays(starts.get(i), 1), coversFrom,
                            coversTo, 1));
                }
            }
            case TWO_PAYMENTS -> {
                List<LocalDate> starts = termStarts(schedule.terms(), year);
                result.add(new Nominal(schedule.terms().get(0).name() + " and " + schedule.terms().get(1).name().toLowerCase(Locale.UK),
                        WorkingDays.minusWorkingDays(starts.get(0), 1), year.starts(), starts.get(2).minusDays(1), 2));
                result.add(new Nominal(schedule.terms().get(2).name(), WorkingDays.minusWorkingDays(starts.get(2), 1), starts.get(2),
                        year.ends(), 1));
            }
            case MONTHLY_ON_DAY, MONTHLY_IN_ADVANCE -> {
                for (YearMonth month = YearMonth.from(year.starts()); !month.isAfter(YearMonth.from(year.ends())); month = month.plusMonths(1)) {
                    LocalDate dueOn = schedule.shape() == BudgetPolicy.Shape.MONTHLY_ON_DAY ? onOrBefore(month.atDay(schedule.dayOfMonth()))
                            : WorkingDays.minusWorkingDays(month.atDay(1), 1);
                    result.add(new Nominal(MONTH.format(month), dueOn, later(month.atDay(1), year.starts()),
                            earlier(month.atEndOfMonth(), year.ends()), 1));
                }
            }
            case TWELVE_MONTHLY -> {
                YearMonth first = YearMonth.from(year.starts());
                for (int i = 0; i < 12; i++) {
                    YearMonth month = first.plusMonths(i);
                    result.add(new Nominal(MONTH.format(month), onOrBefore(month.atDay(schedule.dayOfMonth())),
                            later(month.atDay(1), year.starts()), month.atEndOfMonth(), 1));
                }
            }
            default -> throw new IllegalStateException("Unknown schedule " + schedule.shape());
        }
        return result;
    }

    /** Each term's first day in this policy year: a term that would start more than a month before the year is next year's. */
    private static List<LocalDate> termStarts(List<BudgetPolicy.Term> terms, PolicyYear year) {
        var starts = new ArrayList<LocalDate>();
        for (var term : terms) {
            MonthDay day = BudgetPolicy.monthDay(term.starts(), "term " + term.name());
            LocalDate date = day.atYear(year.starts().getYear());
            if (date.isBefore(year.starts().minusMonths(1))) {
                date = date.plusYears(1);
            }
            starts.add(date);
        }
        return starts;
    }

    private static LocalDate onOrBefore(LocalDate day) {
        LocalDate working = day;
        while (!WorkingDays.isWorkingDay(working)) {
            working = working.minusDays(1);
        }
        return working;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
