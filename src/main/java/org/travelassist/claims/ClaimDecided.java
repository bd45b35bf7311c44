package org.travelassist.claims;

import java.util.UUID;
import org.travelassist.shared.Money;

/**
 * An officer rejected, queried or corrected a claim: the family is told why.
 *
 * @param status the claim's status after it (REJECTED, QUERIED, or CONFIRMED after a correction)
 * @param reason the officer's words, which the family sees
 */
public record ClaimDecided(UUID claimId, String reference, UUID householdId, String period, ClaimStatus status, Money amount,
        String reason) {}
