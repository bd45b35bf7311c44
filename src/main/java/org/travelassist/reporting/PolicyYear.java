package org.travelassist.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The council's policy year: twelve months from the first day of the month its policy starts in (1 September in
 * England, {@code travelassist.reporting.policy-year-starts-month}).
 */
public record PolicyYear(LocalDate first, LocalDate last) {

    public static PolicyYear containing(LocalDate day, int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("A policy year starts in a month from 1 to 12, not " + startMonth);
        }
        int startYear = day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
        LocalDate first = LocalDate.of(startYear, startMonth, 1);
        return new PolicyYear(first, first.plusYears(1).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public PolicyYear previous() {
        return new PolicyYear(first.minusYears(1), first.minusDays(1));
    }

    /** Its twelve months, in order. */
    public List<YearMonth> months() {
        var months = new ArrayList<YearMonth>(12);
        for (YearMonth month = YearMonth.from(first); !month.atDay(1).isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** "2026 to 2027", as GOV.UK writes a year that spans two. */
    public String label() {
        return first.getYear() == last.getYear() ? String.valueOf(first.getYear()) : first.getYear() + " to " + last.getYear();
    }
}
