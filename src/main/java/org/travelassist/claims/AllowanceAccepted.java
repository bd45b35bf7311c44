package org.travelassist.claims;

import java.time.LocalDate;
import java.util.UUID;

/** A parent accepted a mileage allowance: the family can claim from now on. */
public record AllowanceAccepted(UUID allowanceId, UUID householdId, String schoolName, LocalDate acceptedOn) {}
