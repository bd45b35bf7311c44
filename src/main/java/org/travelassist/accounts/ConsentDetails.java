package org.travelassist.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A family's consent for an adviser, as the family, the adviser and officers see it.
 *
 * @param adviserName null until the adviser accepts the invitation
 * @param code the invitation code, shown once to the parent who made it; null afterwards
 */
public record ConsentDetails(
        UUID id,
        UUID householdId,
        String familyName,
        String adviserEmail,
        @Nullable String adviserName,
        Set<ConsentScope> scopes,
        Status status,
        Instant codeExpiresAt,
        @Nullable Instant startsAt,
        @Nullable Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable String code) {

    public enum Status {
        INVITED("Invited"),
        INVITATION_EXPIRED("Invitation expired"),
        ACTIVE("Active"),
        EXPIRED("Expired"),
        REVOKED("Withdrawn");

        public final String label;

        Status(String label) {
            this.label = label;
        }
    }
}
