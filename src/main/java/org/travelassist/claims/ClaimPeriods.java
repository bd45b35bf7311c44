package org.travelassist.claims;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which periods an allowance can be claimed for today, pure: from the allowance's start to today, the latest first,
 * leaving out a period whose every journey is past the policy's deadline. A period may have started and not ended
 * (its days still to come are refused as in the future).
 */
public final class ClaimPeriods {

    /** A term as the school's calendar names it, first and last day included. */
    public record Term(String name, LocalDate firstDay, LocalDate lastDay) {}

    private ClaimPeriods() {}

    public static List<ClaimablePeriod> months(MileagePolicy policy, LocalDate startsOn, LocalDate today) {
        var months = new ArrayList<ClaimablePeriod>();
        for (YearMonth month = YearMonth.from(today); !month.isBefore(YearMonth.from(startsOn)); month = month.minusMonths(1)) {
            if (stillClaimable(policy, month.atEndOfMonth(), today)) {
                months.add(ClaimablePeriod.month(month));
            }
        }
        return months;
    }

    /** The school's terms that overlap the allowance up to today, the latest first. */
    public static List<ClaimablePeriod> terms(MileagePolicy policy, LocalDate startsOn, LocalDate today, List<Term> terms) {
        return terms.stream()
                .filter(term -> !term.firstDay().isAfter(today) && !term.lastDay().isBefore(startsOn))
                .filter(term -> stillClaimable(policy, term.lastDay(), today))
                .sorted(Comparator.comparing(Term::firstDay).reversed())
                .map(term -> new ClaimablePeriod(term.firstDay(), term.lastDay(), term.name()))
                .toList();
    }

    /** The period's last journey can still be claimed today. */
    private static boolean stillClaimable(MileagePolicy policy, LocalDate lastDay, LocalDate today) {
        return !today.isAfter(policy.deadline().lastDayToClaim(lastDay, lastDay));
    }
}
