package org.travelassist.budgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.travelassist.budgets.BudgetPolicy.DistanceBasis;
import org.travelassist.budgets.BudgetPolicy.PolicyYear;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.budgets.BudgetWorking.PlannedInstalment;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;
import org.travelassist.shared.WorkingDays;

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
 * <p>A budget starting on or before the first day of the policy year is paid in the schedule's published shares
 * (York: £1,824 a year is £608 a term). One starting later gets the annual amount pro rata, by the days or the
 * months left in the year as the policy says, paid only in the instalments whose period has not ended; the one
 * whose period has begun is paid on the start day, for the days of it that are left.
 */
public final class BudgetRules {

    private static final BigDecimal MILLIMETRES_PER_MILE = BigDecimal.valueOf(1_609_344);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    /** Ratios for a part-year split carry this many parts per whole period, far below a penny in effect. */
    private static final long RATIO_SCALE = 1_000_000;

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
        var annual = annual(policy, facts);
        if (annual instanceof AnnualOrReason.Reason reason) {
            return new NeedsOfficer(reason.text());
        }
        Annual worked = ((AnnualOrReason.Amount) annual).annual();
        return new Worked(schedule(policy, worked, facts.startsOn()));
    }

    /** The annual amount and its working, or null where an officer must set it. */
    public static @Nullable Annual annualOf(BudgetPolicy policy, BudgetFacts facts) {
        return annual(policy, facts) instanceof AnnualOrReason.Amount amount ? amount.annual() : null;
    }

    sealed interface AnnualOrReason {
        record Amount(Annual annual) implements AnnualOrReason {}

        record Reason(String text) implements AnnualOrReason {}
    }

    static AnnualOrReason annual(BudgetPolicy policy, BudgetFacts facts) {
        var lines = new ArrayList<Line>();
        int policyDays = policy.attendanceDays();
        boolean partTime = facts.attendanceDays() != null && facts.attendanceDays() < policyDays;
        int days = partTime ? facts.attendanceDays() : policyDays;
        Money base;
        Money daily;
        switch (policy.model()) {
            case PER_MILE -> {
                var perMile = java.util.Objects.requireNonNull(policy.perMile());
                Long metres = distance(perMile.distance(), facts);
                if (metres == null) {
                    return new AnnualOrReason.Reason("The decision has no measurement of " + perMile.distance().words
                            + ", which this policy pays by: set the amount with a reason.");
                }
                BigDecimal miles = miles(metres);
                int journeys = facts.journeys() == BudgetFacts.Journeys.BOTH_WAYS ? perMile.journeysPerDay() : perMile.journeysOneWayOnly();
                BigDecimal exactDaily = miles.multiply(BigDecimal.valueOf(journeys)).multiply(BigDecimal.valueOf(perMile.rate().pence()));
                daily = Money.ofPence(exactDaily.setScale(0, RoundingMode.HALF_UP).longValueExact());
                base = daily.times(days);
                lines.add(Line.of("Distance: " + milesWords(miles) + " one way, by " + perMile.distance().words
                        + ", as measured for the decision."));
                lines.add(Line.of("Journeys: " + journeys + " a day, " + facts.journeys().words
                        + (facts.journeys() == BudgetFacts.Journeys.BOTH_WAYS ? " (there and back twice)" : "") + "."));
                String perDay = milesWords(miles) + " × " + journeys + " journeys × " + rate(perMile.rate());
                if (exactDaily.stripTrailingZeros().scale() <= 0) {
                    lines.add(new Line(perDay + " × " + days + " days = " + base.formatted(), base));
                    lines.add(new Line("That is " + daily.formatted() + " a school day.", daily));
                } else {
                    lines.add(new Line(perDay + " = " + daily.formatted() + " a day (" + pounds(exactDaily)
                            + " rounded to the nearest penny)", daily));
                    lines.add(new Line(daily.formatted() + " a day × " + days + " days = " + base.formatted(), base));
                }
                if (partTime) {
                    lines.add(Line.of("The child attends " + days + " days a year, not the full " + policyDays + "."));
                }
            }
            case DISTANCE_BANDS -> {
                Long metres = distance(policy.bandDistance(), facts);
                if (metres == null) {
                    return new AnnualOrReason.Reason("The decision has no measurement of " + policy.bandDistance().words
                            + ", which this policy's bands use: set the amount with a reason.");
                }
                BudgetPolicy.Band band = band(policy.bands(), metres);
                BigDecimal miles = miles(metres);
                lines.add(Line.of("Distance: " + milesWords(miles) + " one way, by " + policy.bandDistance().words
                        + ", as measured for the decision."));
                lines.add(new Line(milesWords(miles) + " is in the band \"" + band.words() + "\": " + band.annual().formatted()
                        + " a year", band.annual()));
                if (partTime && band.partTime() != null) {
                    base = band.partTime();
                    lines.add(new Line("Part-time (" + days + " of " + policyDays + " days): the band's part-time amount, "
                            + base.formatted(), base));
                } else if (partTime) {
                    base = proRata(band.annual(), days, policyDays);
                    lines.add(new Line("Part-time: " + band.annual().formatted() + " × " + days + " ÷ " + policyDays + " days = "
                            + base.formatted(), base));
                } else {
                    base = band.annual();
                }
                daily = proRata(base, 1, days);
                lines.add(new Line("A school day is worth " + base.formatted() + " ÷ " + days + " days = " + daily.formatted()
                        + ", rounded to the nearest penny.", daily));
            }
            case SET_BY_OFFICER -> {
                if (facts.setByOfficer() == null || facts.officerReason() == null || facts.officerReason().isBlank()) {
                    return new AnnualOrReason.Reason("The council sets this budget case by case: enter the amount for a year "
                            + "and the reason for it.");
                }
                base = facts.setByOfficer();
                daily = proRata(base, 1, days);
                lines.add(new Line("Set by the council: " + facts.officerReason().strip() + ": " + base.formatted() + " a year", base));
                lines.add(new Line("A school day is worth " + base.formatted() + " ÷ " + days + " days = " + daily.formatted()
                        + ", rounded to the nearest penny.", daily));
            }
            default -> throw new IllegalStateException("Unknown model " + policy.model());
        }
        if (!base.isPositive()) {
            return new AnnualOrReason.Reason("The policy's working comes to nothing for this child (" + base.formatted()
                    + "): set the amount with a reason.");
        }
        Money annual = base;
        for (var supplement : policy.supplements()) {
            if (facts.conditionsMet().contains(supplement.code())) {
                Money added = supplement.perTerm().times(policy.termsInYear());
                annual = annual.plus(added);
                lines.add(new Line("Added because " + supplement.condition() + ": " + supplement.perTerm().formatted() + " a term × "
                        + policy.termsInYear() + " terms = " + added.formatted(), added));
            }
        }
        for (var deduction : policy.deductions()) {
            if (facts.conditionsMet().contains(deduction.code())) {
                annual = annual.minus(deduction.annual());
                lines.add(new Line("Taken off because " + deduction.condition() + ": " + deduction.annual().negate().formatted(),
                        deduction.annual().negate()));
            }
        }
        if (!annual.isPositive()) {
            return new AnnualOrReason.Reason("What is taken off (" + base.minus(annual).formatted() + ") is as much as the budget itself ("
                    + base.formatted() + "): check the deductions, or set the amount with a reason.");
        }
        if (annual.compareTo(base) != 0) {
            lines.add(new Line("For a year: " + annual.formatted(), annual));
        }
        return new AnnualOrReason.Amount(new Annual(annual, daily, lines));
    }

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

    // ---- Attendance, ending and recovery --------------------------------------------------------------------------

    /** Absent days taken off the next instalment: days × the daily rate, never more than the instalment itself. */
    public record Deduction(Money amount, Line line) {}

    public static Deduction absenceDeduction(Money dailyRate, int daysAbsent, String month, Money instalment) {
        if (daysAbsent < 0) {
            throw new IllegalArgumentException("Days absent cannot be negative");
        }
        Money wanted = dailyRate.times(daysAbsent);
        Money taken = wanted.isGreaterThan(instalment) ? instalment : wanted;
        String text = daysAbsent + " day" + (daysAbsent == 1 ? "" : "s") + " absent in " + month + " × " + dailyRate.formatted()
                + " a day = " + wanted.negate().formatted()
                + (taken.equals(wanted) ? "" : "; only " + taken.formatted() + " can come off this instalment");
        return new Deduction(taken, new Line(text, taken.negate()));
    }

    /**
     * Whether a month's attendance puts the budget on the officer's review list: below the policy's threshold
     * (90% unless it says otherwise), except where the absence was for the child's medical needs. Exact: 171 of 190
     * days is 90% and is not below.
     */
    public static boolean needsReview(BudgetPolicy policy, int schoolDays, int daysAbsent, boolean medical) {
        if (schoolDays < 1 || daysAbsent < 0 || daysAbsent > schoolDays) {
            throw new IllegalArgumentException("Days absent must be between 0 and the school's open days");
        }
        return !medical && (long) (schoolDays - daysAbsent) * 100 < (long) policy.attendanceThresholdPercent() * schoolDays;
    }

    /** Attendance as a whole percentage, rounded down, for the officer's list ("85%"). */
    public static int attendancePercent(int schoolDays, int daysAbsent) {
        return (int) ((long) (schoolDays - daysAbsent) * 100 / schoolDays);
    }

    /** The last day of a budget ended with the policy's notice from {@code noticeGiven}. */
    public static LocalDate endsOn(BudgetPolicy policy, LocalDate noticeGiven) {
        return noticeGiven.plusMonths(policy.noticeMonths());
    }

    /**
     * What was paid for days after the budget ended: for each instalment paid, its share of the days it covers that
     * fall after {@code endsOn}, rounded half up. Zero when nothing was paid ahead.
     */
    public static Money overpaid(List<PlannedInstalment> paid, LocalDate endsOn) {
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

    // ---- Renewal before the next policy year ---------------------------------------------------------------------

    /** The first day next year's budget is offered for an agreement in {@code year}: {@code leadWeeks} before it ends. */
    public static LocalDate renewalOpensOn(PolicyYear year, int leadWeeks) {
        if (leadWeeks < 1) {
            throw new IllegalArgumentException("Renewals open at least a week before the policy year ends");
        }
        return year.ends().minusWeeks(leadWeeks);
    }

    /** Whether next year's budget is to be offered today: from the day renewals open to the year's last day, both included. */
    public static boolean renewalDue(PolicyYear year, int leadWeeks, LocalDate today) {
        return !today.isBefore(renewalOpensOn(year, leadWeeks)) && !today.isAfter(year.ends());
    }

    /** A renewal not confirmed by the last day of the agreement it renews is not renewed: the agreement ends with its year. */
    public static boolean renewalLapsed(LocalDate confirmBy, LocalDate today) {
        return today.isAfter(confirmBy);
    }

    /**
     * Next year's budget for an agreement in {@code ending}: worked out again, from the facts stored with it, under
     * {@code next} (the policy in force when the next year starts), for the whole of that year. The agreement itself is
     * never changed; this is a new offer.
     */
    public static Outcome renewal(BudgetPolicy next, BudgetFacts facts, PolicyYear ending) {
        PolicyYear nextYear = next.yearFor(ending.ends().plusDays(1));
        Line first = Line.of("Next year's budget, for the policy year " + nextYear.words() + ", worked out again under the policy in force "
                + "then (" + next.version() + "). This year's agreement is not changed.");
        return switch (workOut(next, facts.startingOn(nextYear.starts()))) {
            case Worked worked -> {
                var w = worked.working();
                var lines = new ArrayList<Line>();
                lines.add(first);
                lines.addAll(w.lines());
                yield new Worked(new BudgetWorking(w.policyVersion(), w.annual(), w.total(), w.dailyRate(), lines, w.year(), w.startsOn(),
                        w.instalments()));
            }
            case NeedsOfficer needs -> needs;
        };
    }

    // ---- Helpers --------------------------------------------------------------------------------------------------

    private static @Nullable Long distance(DistanceBasis basis, BudgetFacts facts) {
        return switch (basis) {
            case ROAD -> facts.roadMetres();
            case WALKING -> facts.walkingIsStraightLine() ? null : facts.walkingMetres();
            case STRAIGHT_LINE -> facts.walkingIsStraightLine() ? facts.walkingMetres() : null;
        };
    }

    static BudgetPolicy.Band band(List<BudgetPolicy.Band> bands, long metres) {
        BigDecimal millimetres = BigDecimal.valueOf(metres).multiply(BigDecimal.valueOf(1000));
        BudgetPolicy.Band found = bands.getFirst();
        for (var band : bands) {
            int compared = millimetres.compareTo(band.fromMiles().multiply(MILLIMETRES_PER_MILE));
            if (band.above() ? compared > 0 : compared >= 0) {
                found = band;
            }
        }
        return found;
    }

    /** Miles to 2 decimal places, half up, as families are told distances. */
    static BigDecimal miles(long metres) {
        return BigDecimal.valueOf(metres).multiply(BigDecimal.valueOf(1000)).divide(MILLIMETRES_PER_MILE, 2, RoundingMode.HALF_UP);
    }

    private static String milesWords(BigDecimal miles) {
        String number = miles.stripTrailingZeros().toPlainString();
        return number + (miles.compareTo(BigDecimal.ONE) == 0 ? " mile" : " miles");
    }

    private static String rate(Money rate) {
        return rate.pence() < 100 ? rate.pence() + "p" : rate.formatted();
    }

    private static String pounds(BigDecimal pence) {
        return "£" + pence.movePointLeft(2).stripTrailingZeros().toPlainString();
    }

    /** amount × part ÷ whole, half up to the penny. */
    static Money proRata(Money amount, long part, long whole) {
        return Money.ofPence(BigDecimal.valueOf(amount.pence()).multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).longValueExact());
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static long months(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
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
