package org.travelassist.applications;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something happened to an application that the family must hear about: published in the transaction that did
 * it, delivered after it commits (and retried) by the notifications module.
 *
 * @param by the date the next step is due, if any: the decision, the review deadline, the hearing
 * @param adviserName the adviser who acted for the family, when one did
 */
public record ApplicationProgressed(UUID applicationId, String reference, UUID householdId, String childName, Step step,
        @Nullable LocalDate by, @Nullable String adviserName) {

    public enum Step {
        SUBMITTED,
        INFORMATION_REQUESTED,
        INFORMATION_SENT,
        DECIDED,
        REVIEW_REQUESTED,
        REVIEW_DECIDED,
        APPEAL_REQUESTED,
        HEARING_ARRANGED,
        APPEAL_DECIDED,
        OFFER_REVISED,
        WITHDRAWN
    }
}
