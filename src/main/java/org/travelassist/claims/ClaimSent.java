package org.travelassist.claims;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Money;

/**
 * A family sent a mileage claim: the school is asked to confirm attendance.
 *
 * @param adviserName the adviser who sent it for the family; null when a parent did
 */
public record ClaimSent(UUID claimId, String reference, UUID householdId, String schoolUrn, String period, Money amount,
        @Nullable String adviserName) {}
