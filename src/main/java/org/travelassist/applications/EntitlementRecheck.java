package org.travelassist.applications;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityResult.Category;

/**
 * A child's current entitlement checked again: the decision it rests on (the latest revised offer after a review
 * or appeal, else the first decision) with what that decision was measured on, beside what the rules find today
 * with the same stored facts and the officer's recorded judgements. Nothing was saved or sent.
 *
 * @param then what the decision was based on; null for applications decided before bases were kept
 * @param now what the rules measured today, in the same layout
 */
public record EntitlementRecheck(UUID applicationId, String reference, UUID householdId, String childName, @Nullable String schoolName,
        boolean decidedEligible, @Nullable Category decidedCategory, Set<Offer> offers, @Nullable MeasuredBasis then, MeasuredBasis now,
        EligibilityResult resultNow) {}
