package org.travelassist.claims;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A household should claim a month's mileage: the month has ended and can be claimed, or its deadline is near and
 * nothing is claimed for it yet. Published once per allowance, month and kind.
 *
 * @param month "March 2027"
 * @param claimBy the last day to claim the month
 */
public record ClaimReminderDue(UUID householdId, UUID allowanceId, String schoolName, String children, String month, Kind kind,
        LocalDate claimBy) {

    public enum Kind {
        MONTH_OPEN,
        DEADLINE_NEAR
    }
}
