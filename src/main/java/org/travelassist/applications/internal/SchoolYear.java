package org.travelassist.applications.internal;

import java.time.LocalDate;
import java.time.Month;

/** England's school year: 1 September to 31 August. */
public record SchoolYear(LocalDate first, LocalDate last) {

    public static SchoolYear of(LocalDate day) {
        int startYear = day.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? day.getYear() : day.getYear() - 1;
        return new SchoolYear(LocalDate.of(startYear, Month.SEPTEMBER, 1), LocalDate.of(startYear + 1, Month.AUGUST, 31));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
