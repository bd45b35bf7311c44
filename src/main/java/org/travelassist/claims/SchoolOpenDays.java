package org.travelassist.claims;

import java.time.LocalDate;
import java.util.Map;

/**
 * The school's calendar for a claim's days, as the rules need it: the weekdays it was closed and why ("Christmas
 * holidays", "Training day"). When no calendar is known for the school, only weekends and bank holidays are
 * closures, and the school's attendance check is what confirms the rest.
 */
public record SchoolOpenDays(boolean calendarKnown, Map<LocalDate, String> closures) {

    public SchoolOpenDays {
        closures = Map.copyOf(closures);
    }

    public static SchoolOpenDays unknown() {
        return new SchoolOpenDays(false, Map.of());
    }
}
