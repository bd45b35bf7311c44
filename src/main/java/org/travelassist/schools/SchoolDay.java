package org.travelassist.schools;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One date at one school: open for pupils, or closed and why ("Saturday", "Christmas holidays", "Training day",
 * "Bank holiday", "Not term time"). {@code calendar} names the term dates the answer comes from; it is null when no
 * term dates are held for that school year, and then a weekday is never called open.
 */
public record SchoolDay(LocalDate date, boolean open, @Nullable String closedBecause, @Nullable String calendar) {

    public static SchoolDay openOn(LocalDate date, String calendar) {
        return new SchoolDay(date, true, null, calendar);
    }

    public static SchoolDay closedOn(LocalDate date, String because, @Nullable String calendar) {
        return new SchoolDay(date, false, because, calendar);
    }

    public boolean calendarKnown() {
        return calendar != null;
    }
}
