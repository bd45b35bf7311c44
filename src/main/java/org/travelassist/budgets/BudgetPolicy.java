package org.travelassist.budgets;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.travelassist.shared.Money;

/**
 * A council's personal transport budget policy, in force from a date (DOMAIN.md §2.2 and §2.6): how the annual amount
 * is worked out, what is added and taken off, the policy year, how it is paid, and the terms the parent accepts. Its
 * version is kept with every offer and agreement, so an agreement can always be explained, and a later policy never
 * changes one already accepted.
 *
 * @param model which of the three ways councils use
 * @param perMile the rate and journeys, for {@link Model#PER_MILE}
 * @param bands the distance bands in ascending order, for {@link Model#DISTANCE_BANDS}
 * @param bandDistance which distance the bands are measured on
 * @param attendanceDays school days in a year (190 unless the policy says otherwise)
 * @param termsInYear how many terms a "per term" supplement is paid for
 * @param yearStarts the first day of the policy year, "MM-dd" (Rutland: 09-01)
 * @param yearEnds its last day, "MM-dd" (Rutland: 07-31)
 * @param attendanceThresholdPercent attendance below this in a month, not for medical reasons, puts a budget on review
 * @param noticeMonths the notice either side gives to end the budget, in calendar months
 */
public record BudgetPolicy(
        String version,
        LocalDate effectiveFrom,
        Model model,
        @Nullable PerMile perMile,
        @Nullable List<Band> bands,
        @DefaultValue("ROAD") DistanceBasis bandDistance,
        @DefaultValue("190") int attendanceDays,
        @DefaultValue("3") int termsInYear,
        @Nullable List<Supplement> supplements,
        @Nullable List<Deduction> deductions,
        String yearStarts,
        String yearEnds,
        Schedule schedule,
        @DefaultValue("BY_DAYS") ProRata proRata,
        @DefaultValue("90") int attendanceThresholdPercent,
        @DefaultValue("1") int noticeMonths,
        @Nullable List<String> mayBeSpentOn,
        @Nullable List<String> mayNotBeSpentOn,
        @Nullable List<String> tellTheCouncil,
        @Nullable List<String> terms) {

    public BudgetPolicy {
        bands = bands == null ? List.of() : List.copyOf(bands);
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
        mayBeSpentOn = mayBeSpentOn == null ? List.of() : List.copyOf(mayBeSpentOn);
        mayNotBeSpentOn = mayNotBeSpentOn == null ? List.of() : List.copyOf(mayNotBeSpentOn);
        tellTheCouncil = tellTheCouncil == null ? List.of() : List.copyOf(tellTheCouncil);
        terms = terms == null ? List.of() : List.copyOf(terms);
        String where = "Budget policy " + version + ": ";
        if (model == Model.PER_MILE && perMile == null) {
            throw new IllegalStateException(where + "a per-mile policy needs per-mile.rate");
        }
        if (model == Model.DISTANCE_BANDS) {
            if (bands.isEmpty()) {
                throw new IllegalStateException(where + "a banded policy needs its bands");
            }
            if (bands.getFirst().fromMiles().signum() != 0 || bands.getFirst().above()) {
                throw new IllegalStateException(where + "the first band must start at 0 miles");
            }
            for (int i = 1; i < bands.size(); i++) {
                if (bands.get(i).fromMiles().compareTo(bands.get(i - 1).fromMiles()) <= 0) {
                    throw new IllegalStateException(where + "bands must be in ascending order of distance");
                }
            }
        }
        if (attendanceDays < 1 || attendanceDays > 366 || termsInYear < 1) {
            throw new IllegalStateException(where + "attendance days and terms must be positive");
        }
        if (attendanceThresholdPercent < 0 || attendanceThresholdPercent > 100 || noticeMonths < 0) {
            throw new IllegalStateException(where + "the attendance threshold is a percentage and the notice not negative");
        }
        monthDay(yearStarts, where + "year-starts");
        monthDay(yearEnds, where + "year-ends");
    }

    public enum Model {
        /** One-way miles × journeys a day × rate × attendance days (York, Hertfordshire, Essex). */
        PER_MILE,
        /** An annual amount by distance band (Kent, Central Bedfordshire, Leicestershire). */
        DISTANCE_BANDS,
        /** Set by the officer with a reason: the cost of the transport it replaces, or agreed case by case (Essex, Buckinghamshire). */
        SET_BY_OFFICER
    }

    /** Which measured distance, home to school, one way. */
    public enum DistanceBasis {
        ROAD("the shortest road route"),
        WALKING("the shortest walking route"),
        STRAIGHT_LINE("a straight line");

        public final String words;

        DistanceBasis(String words) {
            this.words = words;
        }
    }

    public enum ProRata {
        /** By calendar days left in the policy year, counting the start day. */
        BY_DAYS,
        /** By calendar months left in the policy year, counting the month the budget starts in. */
        BY_MONTHS
    }

    /**
     * @param rate per mile, e.g. £0.60
     * @param journeysPerDay single journeys a day: 4, two returns, as the 2023 guidance expects
     * @param journeysOneWayOnly for a child who travels only in the morning, only in the afternoon, or boards
     */
    public record PerMile(Money rate, @DefaultValue("ROAD") DistanceBasis distance, @DefaultValue("4") int journeysPerDay,
            @DefaultValue("2") int journeysOneWayOnly) {

        public PerMile {
            if (!rate.isPositive() || journeysPerDay < 1 || journeysOneWayOnly < 1) {
                throw new IllegalStateException("A per-mile rate and its journeys must be above zero");
            }
        }
    }

    /**
     * A distance band, in the policy's own words. A band starts at {@code fromMiles}, inclusive ("5 to 10 miles"),
     * or just above it when {@code above} ("over 10 miles"); it ends where the next band starts.
     *
     * @param partTime the amount for a part-time place, where the policy has one; otherwise pro rata by days
     */
    public record Band(String words, BigDecimal fromMiles, @DefaultValue("false") boolean above, Money annual,
            @Nullable Money partTime) {}

    /**
     * @param code what an officer ticks ("HIGHER_RATE_MOBILITY")
     * @param condition in words ("the child gets the higher rate mobility component of DLA or PIP")
     */
    public record Supplement(String code, String condition, Money perTerm) {}

    /** @param annual taken off the year's amount, e.g. the post-16 contribution */
    public record Deduction(String code, String condition, Money annual) {}

    /**
     * @param terms for termly shapes: each term's name and first day, "MM-dd", in order from the year's start
     * @param dayOfMonth for {@link Shape#MONTHLY_ON_DAY} and {@link Shape#TWELVE_MONTHLY}: paid on this day, or the working day before
     */
    public record Schedule(Shape shape, @Nullable List<Term> terms, @DefaultValue("15") int dayOfMonth) {

        public Schedule {
            terms = terms == null ? List.of() : List.copyOf(terms);
            if ((shape == Shape.TERMLY_IN_ADVANCE || shape == Shape.TWO_PAYMENTS) && terms.size() != 3) {
                throw new IllegalStateException(shape + " needs the three terms' first days");
            }
            if (dayOfMonth < 1 || dayOfMonth > 28) {
                throw new IllegalStateException("Pay on a day of the month from 1 to 28, so every month has it");
            }
            terms.forEach(term -> monthDay(term.starts(), "term " + term.name()));
        }
    }

    public record Term(String name, String starts) {}

    public enum Shape {
        /** One payment a term, on the last working day before the term starts (York). */
        TERMLY_IN_ADVANCE("3 termly instalments, paid before each term starts"),
        /** The autumn and spring terms together before the autumn term, then the summer term before it starts (Essex). */
        TWO_PAYMENTS("2 instalments: the autumn and spring terms before the autumn term, the summer term before it starts"),
        /** One payment each month of the policy year on a day, or the working day before (Kent: 11 on the 15th). */
        MONTHLY_ON_DAY("monthly instalments on a day of the month, or the working day before"),
        /** 12 equal payments from the first month of the policy year (Buckinghamshire). */
        TWELVE_MONTHLY("12 monthly instalments"),
        /** One payment for each month, on the last working day before it starts (Croydon, Sutton). */
        MONTHLY_IN_ADVANCE("monthly instalments, paid before each month starts");

        public final String words;

        Shape(String words) {
            this.words = words;
        }
    }

    /** The policy year that a day falls in, or the next one when the day falls between years (in August for Rutland). */
    public PolicyYear yearFor(LocalDate day) {
        MonthDay start = monthDay(yearStarts, "year-starts");
        MonthDay end = monthDay(yearEnds, "year-ends");
        LocalDate thisYearStart = start.atYear(day.getYear());
        LocalDate yearStart = day.isBefore(thisYearStart) ? start.atYear(day.getYear() - 1) : thisYearStart;
        LocalDate yearEnd = endAfter(yearStart, end);
        if (day.isAfter(yearEnd)) {
            yearStart = start.atYear(yearStart.getYear() + 1);
            yearEnd = endAfter(yearStart, end);
        }
        return new PolicyYear(yearStart, yearEnd);
    }

    private static LocalDate endAfter(LocalDate yearStart, MonthDay end) {
        LocalDate candidate = end.atYear(yearStart.getYear());
        return candidate.isBefore(yearStart) ? end.atYear(yearStart.getYear() + 1) : candidate;
    }

    static MonthDay monthDay(String text, String what) {
        try {
            return MonthDay.parse("--" + text.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException(what + " must be a month and day written MM-dd, like 09-01: " + text);
        }
    }

    /** A policy year, first and last day inclusive. */
    public record PolicyYear(LocalDate starts, LocalDate ends) {

        public long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(starts, ends) + 1;
        }

        public String words() {
            return org.travelassist.shared.GovukDates.day(starts) + " to " + org.travelassist.shared.GovukDates.day(ends);
        }
    }
}
