package org.travelassist.claims;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of journeys a family can claim in one claim: a calendar month, or a school term where the council's
 * policy pays by term ({@link MileagePolicy.ClaimPeriod#TERMLY}).
 *
 * @param termName the term's name in the school's calendar ("Summer term"); null for a month
 */
public record ClaimablePeriod(LocalDate from, LocalDate to, @Nullable String termName) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public static ClaimablePeriod month(YearMonth month) {
        return new ClaimablePeriod(month.atDay(1), month.atEndOfMonth(), null);
    }

    public boolean term() {
        return termName != null;
    }

    /** "December 2026", or "Summer term 2027". */
    public String label() {
        return termName == null ? MONTH.format(from) : termName + " " + from.getYear();
    }

    /** For element ids and addresses: "2026-12", or "term-2027-04-12". */
    public String key() {
        return termName == null ? YearMonth.from(from).toString() : "term-" + from;
    }
}
