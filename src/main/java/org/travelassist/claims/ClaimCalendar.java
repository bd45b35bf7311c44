package org.travelassist.claims;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim's month as the family's calendar shows it: each day, whether it can be claimed, why not, and what the
 * draft has for it.
 *
 * @param calendarKnown whether the school's term calendar is known; without it the school's check confirms the days
 */
public record ClaimCalendar(ClaimDetails claim, AllowanceDetails allowance, boolean calendarKnown, List<CalendarDay> days,
        String deadline) {

    public ClaimCalendar {
        days = List.copyOf(days);
    }

    /**
     * @param notClaimable why the day cannot be claimed ("a weekend", "Christmas holidays", "in the future"); null when it can
     * @param marked the draft's journeys for the day; null when not ticked
     */
    public record CalendarDay(LocalDate date, @Nullable String notClaimable, @Nullable Journeys marked) {
        public boolean claimable() {
            return notClaimable == null;
        }
    }
}
