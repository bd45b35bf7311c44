package org.travelassist.claims.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.claims.InvalidClaimException;

/**
 * A claim's approvals: with four eyes needed, the first officer's approval is recorded and the claim waits for a
 * second officer who took no part in it; the last approval approves it. Part of {@link MileageClaim}'s row.
 */
@Embeddable
public class FourEyes {

    @Column(name = "first_approved_by")
    private @Nullable UUID firstApprovedBy;
    @Column(name = "first_approved_by_name")
    private @Nullable String firstApprovedByName;
    @Column(name = "first_approved_at")
    private @Nullable Instant firstApprovedAt;
    @Column(name = "approved_by")
    private @Nullable UUID approvedBy;
    @Column(name = "approved_by_name")
    private @Nullable String approvedByName;
    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    /**
     * Records {@code by}'s approval.
     *
     * @param tookPart whether {@code by} corrected the claim or confirmed its attendance as an officer
     * @return true when this approval is the last one needed
     */
    boolean approve(boolean needsTwo, boolean tookPart, UUID by, String byName, Instant now) {
        if (needsTwo && firstApprovedBy == null) {
            if (tookPart) {
                throw new InvalidClaimException("approve", "You corrected this claim or confirmed its attendance, so another officer must approve it.");
            }
            firstApprovedBy = by;
            firstApprovedByName = byName;
            firstApprovedAt = now;
            return false;
        }
        if (needsTwo && (tookPart || by.equals(firstApprovedBy))) {
            throw new InvalidClaimException("approve", "A second officer who did not approve, correct or confirm this claim must approve it.");
        }
        approvedBy = by;
        approvedByName = byName;
        approvedAt = now;
        return true;
    }

    /** A change to the claim (a correction, a question) undoes a first approval: it approved what was there. */
    void withdrawFirstApproval() {
        firstApprovedBy = null;
        firstApprovedByName = null;
        firstApprovedAt = null;
    }

    boolean gaveFirstApproval(UUID officer) {
        return officer.equals(firstApprovedBy);
    }

    public boolean hasFirstApproval() { return firstApprovedBy != null; }
    public @Nullable String getFirstApprovedByName() { return firstApprovedByName; }
    public @Nullable String getApprovedByName() { return approvedByName; }
    public @Nullable Instant getApprovedAt() { return approvedAt; }
}
