package org.travelassist.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A claim as its school sees it: the pupils' names, the dates and the state, and nothing else (no addresses,
 * needs, amounts or bank details).
 */
public record SchoolClaim(UUID id, String reference, String schoolUrn, String schoolName, String children, String period,
        List<Day> days, ClaimStatus status, @Nullable LocalDate confirmBy) {

    public SchoolClaim {
        days = List.copyOf(days);
    }

    /** @param attendance null until confirmed */
    public record Day(LocalDate date, Journeys journeys, @Nullable DayAttendance attendance) {}

    static SchoolClaim of(ClaimDetails claim) {
        return new SchoolClaim(claim.id(), claim.reference(), claim.schoolUrn(), claim.schoolName(), claim.children(), claim.period(),
                claim.days().stream().map(day -> new Day(day.date(), day.journeys(), day.attendance())).toList(), claim.status(),
                claim.schoolConfirmBy());
    }
}
