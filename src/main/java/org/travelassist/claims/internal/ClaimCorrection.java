package org.travelassist.claims.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An officer's recorded correction of a claim: who, when and why (the family is told). Part of {@link MileageClaim}'s row. */
@Embeddable
public class ClaimCorrection {

    @Column(name = "corrected_by")
    private @Nullable UUID correctedBy;
    @Column(name = "corrected_by_name")
    private @Nullable String correctedByName;
    @Column(name = "corrected_at")
    private @Nullable Instant correctedAt;
    @Column(name = "correction_reason")
    private @Nullable String correctionReason;

    void record(UUID by, String byName, Instant now, String reason) {
        correctedBy = by;
        correctedByName = byName;
        correctedAt = now;
        correctionReason = reason;
    }

    boolean by(UUID officer) {
        return officer.equals(correctedBy);
    }

    public boolean happened() { return correctedBy != null; }
    public @Nullable String getCorrectedByName() { return correctedByName; }
    public @Nullable String getCorrectionReason() { return correctionReason; }
}
