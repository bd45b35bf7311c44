package org.travelassist.schools;

import java.time.LocalDate;
import java.util.List;

/** A school's days from one date to another, each open or closed with its reason. */
public record SchoolDays(String urn, List<SchoolDay> days) {

    public SchoolDays {
        days = List.copyOf(days);
    }

    /** @throws IllegalArgumentException for a date outside the range asked for */
    public SchoolDay on(LocalDate date) {
        return days.stream().filter(day -> day.date().equals(date)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(date + " is outside the days asked for"));
    }

    public boolean isOpen(LocalDate date) {
        return on(date).open();
    }

    public List<LocalDate> openDays() {
        return days.stream().filter(SchoolDay::open).map(SchoolDay::date).toList();
    }

    /** Whether term dates are held for every day of the range; if not, weekdays without them are not called open. */
    public boolean calendarKnown() {
        return days.stream().allMatch(SchoolDay::calendarKnown);
    }
}
