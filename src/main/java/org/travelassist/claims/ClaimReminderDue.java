package org.travelassist.claims;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A household should claim a period's mileage (a month, or a school term where the policy pays by term): the period
 * has ended and can be claimed, or its deadline is near and nothing is claimed for it yet. Published once per
 * allowance, period and kind.
 *
 * @param period "March 2027", or "Summer term 2027"
 * @param claimBy the last day to claim the period
 */
public record ClaimReminderDue(UUID householdId, UUID allowanceId, String schoolName, String children, String period, Kind kind,
        LocalDate claimBy) {

    public enum Kind {
        /** The period has ended and can be claimed (named for months, the first period; kept as the stored key). */
        MONTH_OPEN,
        DEADLINE_NEAR
    }
}
