package org.travelassist.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.travelassist.claims.MileageAssessment.AcceptedDay;
import org.travelassist.claims.MileageAssessment.Line;
import org.travelassist.claims.MileageAssessment.Rejection;
import org.travelassist.claims.MileageAssessment.RejectedDay;
import org.travelassist.claims.MileagePolicy.HigherRate;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;
import org.travelassist.shared.WorkingDays;

/**
 * The mileage rules for a claim (DOMAIN.md §2.5 and §2.6): {@code amount = Σ legs × one-way miles × rate} over
 * the days that may be paid. Pure: the caller brings the school's calendar, the days already claimed and today;
 * nothing here reads a clock or a database.
 *
 * <p>Every day claimed is either accepted with its legs or rejected with one reason, checked in this order: not in
 * the claim's period; in the claim twice; a weekend; a day the school was closed (its term calendar, or a bank
 * holiday when no calendar is known); before the agreement date (claims are not backdated: Staffordshire's T&Cs);
 * in the future (mileage is paid in arrears); after the deadline; already claimed in another claim (a day is
 * never paid twice).
 *
 * <p>Legs: a day with both school runs pays the policy's full-day legs (4, since the parent drives home after each
 * drop-off and pick-up: the 2023 statutory guidance, LGSCO 20 009 310); a morning-only or afternoon-only day pays
 * half-day legs (2). Amounts are worked out per line in whole pence, rounding half a penny up, and the total is the
 * sum of the lines, so what the family sees adds up exactly. With a second rate, miles above the annual threshold
 * (counted through the school year in date order) are paid at it, and the day that crosses it is split.
 */
public final class MileageRules {

    private MileageRules() {}

    /**
     * @param periodFrom and {@code periodTo}: the claim's period (a month, or a term), inclusive
     * @param claimedElsewhere days of this allowance in other claims still standing (sent, confirmed, paid)
     * @param milesPaidThisYearHundredths miles already claimed on the allowance in this school year, for a second rate
     */
    public static MileageAssessment assess(MileagePolicy policy, AllowanceTerms terms, LocalDate periodFrom, LocalDate periodTo,
            SchoolOpenDays school, List<ClaimedDay> claimed, Set<LocalDate> claimedElsewhere, LocalDate today,
            long milesPaidThisYearHundredths) {
        var accepted = new ArrayList<AcceptedDay>();
        var rejected = new ArrayList<RejectedDay>();
        var seen = new HashSet<LocalDate>();
        List<ClaimedDay> inOrder = claimed.stream().sorted(Comparator.comparing(ClaimedDay::date)).toList();
        for (ClaimedDay day : inOrder) {
            RejectedDay refusal = refusal(policy, terms, periodFrom, periodTo, school, day.date(), seen, claimedElsewhere, today);
            seen.add(day.date());
            if (refusal != null) {
                rejected.add(refusal);
            } else {
                accepted.add(new AcceptedDay(day.date(), day.journeys(), day.journeys().legs(terms)));
            }
        }
        List<Line> lines = lines(terms, accepted, milesPaidThisYearHundredths);
        return new MileageAssessment(accepted, rejected, lines, Money.sum(lines.stream().map(Line::amount).toList()));
    }

    /**
     * The sum for days already accepted, as the school confirmed them or an officer corrected them: the same lines
     * and rounding as {@link #assess}, with no date checked again (the deadline may have passed since).
     */
    public static MileageAssessment price(AllowanceTerms terms, List<AcceptedDay> days, long milesPaidThisYearHundredths) {
        List<AcceptedDay> inOrder = days.stream().sorted(Comparator.comparing(AcceptedDay::date)).toList();
        List<Line> lines = lines(terms, inOrder, milesPaidThisYearHundredths);
        return new MileageAssessment(inOrder, List.of(), lines, Money.sum(lines.stream().map(Line::amount).toList()));
    }

    /** The days of the period a family may claim today, both runs: what the claim's calendar marks to begin with. */
    public static List<LocalDate> claimableDays(MileagePolicy policy, AllowanceTerms terms, LocalDate periodFrom, LocalDate periodTo,
            SchoolOpenDays school, Set<LocalDate> claimedElsewhere, LocalDate today) {
        var all = new ArrayList<ClaimedDay>();
        for (LocalDate day = periodFrom; !day.isAfter(periodTo); day = day.plusDays(1)) {
            all.add(new ClaimedDay(day, Journeys.BOTH));
        }
        return assess(policy, terms, periodFrom, periodTo, school, all, claimedElsewhere, today, 0).accepted().stream()
                .map(AcceptedDay::date).toList();
    }

    /** Why a day the school calendar shows cannot be a journey, or null when the school was open. */
    public static @Nullable String closedBecause(SchoolOpenDays school, LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return "a weekend";
        }
        String closure = school.closures().get(day);
        if (closure != null) {
            return closure;
        }
        if (!school.calendarKnown() && day.getYear() >= WorkingDays.FIRST_YEAR && day.getYear() <= WorkingDays.LAST_YEAR
                && !WorkingDays.isWorkingDay(day)) {
            return "a bank holiday";
        }
        return null;
    }

    private static @Nullable RejectedDay refusal(MileagePolicy policy, AllowanceTerms terms, LocalDate periodFrom, LocalDate periodTo,
            SchoolOpenDays school, LocalDate day, Set<LocalDate> seen, Set<LocalDate> claimedElsewhere, LocalDate today) {
        if (day.isBefore(periodFrom) || day.isAfter(periodTo)) {
            return new RejectedDay(day, Rejection.NOT_IN_PERIOD, "Not in this claim's dates, " + GovukDates.day(periodFrom)
                    + " to " + GovukDates.day(periodTo) + ".");
        }
        if (seen.contains(day)) {
            return new RejectedDay(day, Rejection.TWICE_IN_THIS_CLAIM, "This day is already in this claim.");
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return new RejectedDay(day, Rejection.WEEKEND, "A weekend: the school is closed.");
        }
        String closed = closedBecause(school, day);
        if (closed != null) {
            return new RejectedDay(day, Rejection.SCHOOL_CLOSED, "The school was closed: " + closed + ".");
        }
        if (day.isBefore(terms.startsOn())) {
            return new RejectedDay(day, Rejection.BEFORE_AGREEMENT, "Before your allowance started on " + GovukDates.day(terms.startsOn())
                    + ": journeys before then are not paid.");
        }
        if (day.isAfter(today)) {
            return new RejectedDay(day, Rejection.IN_FUTURE, "In the future: claim for it after the journey.");
        }
        LocalDate lastDay = policy.deadline().lastDayToClaim(day, periodTo);
        if (today.isAfter(lastDay)) {
            return new RejectedDay(day, Rejection.AFTER_DEADLINE, "Too late: journeys are claimed " + policy.deadline().describe()
                    + ", and this one had to be claimed by " + GovukDates.day(lastDay) + ".");
        }
        if (claimedElsewhere.contains(day)) {
            return new RejectedDay(day, Rejection.ALREADY_CLAIMED, "Already claimed in another claim.");
        }
        return null;
    }

    private static List<Line> lines(AllowanceTerms terms, List<AcceptedDay> accepted, long milesBefore) {
        HigherRate higher = terms.higherRate();
        long threshold = higher == null ? Long.MAX_VALUE : higher.aboveMiles() * 100L;
        Map<Integer, Integer> baseDays = new TreeMap<>(Comparator.reverseOrder());
        Map<Integer, Integer> higherDays = new TreeMap<>(Comparator.reverseOrder());
        var crossing = new ArrayList<Line>();
        long paid = milesBefore;
        for (AcceptedDay day : accepted) {
            long miles = day.legs() * terms.oneWayMilesHundredths();
            if (paid + miles <= threshold) {
                baseDays.merge(day.legs(), 1, Integer::sum);
            } else if (paid >= threshold) {
                higherDays.merge(day.legs(), 1, Integer::sum);
            } else {
                long atBase = threshold - paid;
                String what = days(1, day.legs(), terms.oneWayMilesHundredths()) + ": ";
                crossing.add(line(what + miles(atBase) + " miles × " + pence(terms.ratePence()), atBase, terms.ratePence()));
                crossing.add(line(what + miles(miles - atBase) + " miles above " + thousands(higher.aboveMiles())
                        + " miles this school year × " + pence(higher.ratePence()), miles - atBase, higher.ratePence()));
            }
            paid += miles;
        }
        var lines = new ArrayList<Line>();
        baseDays.forEach((legs, days) -> lines.add(line(days(days, legs, terms.oneWayMilesHundredths()) + " × " + pence(terms.ratePence()),
                days * legs * terms.oneWayMilesHundredths(), terms.ratePence())));
        lines.addAll(crossing);
        if (higher != null) {
            higherDays.forEach((legs, days) -> lines.add(line(days(days, legs, terms.oneWayMilesHundredths()) + " × " + pence(higher.ratePence())
                    + " (above " + thousands(higher.aboveMiles()) + " miles this school year)", days * legs * terms.oneWayMilesHundredths(),
                    higher.ratePence())));
        }
        return lines;
    }

    private static Line line(String text, long milesHundredths, int ratePence) {
        // Hundredths of a mile × pence a mile is hundredths of a penny: round half up to the penny, once per line.
        long amount = Math.addExact(Math.multiplyExact(milesHundredths, ratePence), 50) / 100;
        return new Line(text + " = " + Money.ofPence(amount).formatted(), milesHundredths, ratePence, Money.ofPence(amount));
    }

    private static String days(int days, int legs, long oneWayHundredths) {
        return days + (days == 1 ? " day" : " days") + " × " + legs + (legs == 1 ? " leg" : " legs") + " × " + miles(oneWayHundredths) + " miles";
    }

    /** The one-way road distance in hundredths of a mile, rounded half up: 8,208 metres is 5.10 miles. */
    public static long oneWayMilesHundredths(long metres) {
        if (metres <= 0) {
            throw new IllegalArgumentException("A road distance must be positive: " + metres);
        }
        // 1 mile = 1,609.344 m, so hundredths = metres × 100,000 / 160,934.4 = metres × 100,000 / 1,609,344.
        return Math.max(1, (Math.multiplyExact(metres, 200_000L) + 1_609_344L) / 3_218_688L);
    }

    /** "5.10" for 510 hundredths. */
    public static String miles(long hundredths) {
        return String.format(Locale.UK, "%,d.%02d", hundredths / 100, hundredths % 100);
    }

    /** "45p", or "£1.05" from a pound. */
    public static String pence(int pence) {
        return pence < 100 ? pence + "p" : Money.ofPence(pence).formatted();
    }

    private static String thousands(int miles) {
        return String.format(Locale.UK, "%,d", miles);
    }
}
