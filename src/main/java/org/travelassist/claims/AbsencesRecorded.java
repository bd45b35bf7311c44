package org.travelassist.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A school (or an officer for it) recorded that a child was absent on days a family claimed mileage for. Budgets
 * may use it for attendance adjustments.
 *
 * @param recordedBy who recorded it, by name
 */
public record AbsencesRecorded(UUID childId, String childName, UUID householdId, String schoolUrn, List<LocalDate> dates,
        UUID claimId, String recordedBy) {

    public AbsencesRecorded {
        dates = List.copyOf(dates);
    }
}
