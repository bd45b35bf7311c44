package org.travelassist.reporting;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A family should apply again for travel: their child is in Year 11, so the entitlement decided ends with
 * compulsory school age, and post-16 travel is a new application under the council's post-16 transport policy
 * statement. Published once per child and policy year, the lead time before the next policy year starts
 * ({@code travelassist.reporting.reapply-reminder-lead-time}). It changes no decision.
 *
 * @param entitlementEnds the day compulsory school age ends: the last Friday in June of Year 11
 * @param nextYearStarts the first day of the policy year the new application is for
 */
public record ReapplyReminderDue(UUID reminderId, UUID householdId, UUID applicationId, String reference, String childName,
        @Nullable String schoolName, LocalDate entitlementEnds, LocalDate nextYearStarts) {}
