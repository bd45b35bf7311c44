package org.travelassist.claims.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who confirmed a claim's attendance, and when: the school's staff, or an officer for the school. Part of {@link MileageClaim}'s row. */
@Embeddable
public class AttendanceConfirmation {

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;
    @Column(name = "confirmed_by")
    private @Nullable UUID confirmedBy;
    @Column(name = "confirmed_by_name")
    private @Nullable String confirmedByName;
    @Column(name = "confirmed_by_officer", nullable = false)
    private boolean confirmedByOfficer;

    void record(UUID by, String byName, boolean byOfficer, Instant now) {
        confirmedAt = now;
        confirmedBy = by;
        confirmedByName = byName;
        confirmedByOfficer = byOfficer;
    }

    /** An officer who confirmed it for the school took part in it, so may not give its second approval. */
    boolean byOfficer(UUID officer) {
        return confirmedByOfficer && officer.equals(confirmedBy);
    }

    public @Nullable Instant getConfirmedAt() { return confirmedAt; }
    public @Nullable String getConfirmedByName() { return confirmedByName; }
    public boolean isConfirmedByOfficer() { return confirmedByOfficer; }
}
