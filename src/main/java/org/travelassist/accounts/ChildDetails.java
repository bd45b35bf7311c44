package org.travelassist.accounts;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Postcode;

/** A child of a household, as the parent (or an adviser the family consented to) sees it. */
public record ChildDetails(
        UUID id,
        String fullName,
        LocalDate dateOfBirth,
        String addressLine1,
        @Nullable String town,
        Postcode postcode,
        @Nullable String schoolName,
        boolean hasEhcPlan,
        UUID householdId) {}
