package org.travelassist.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail. {@code actorId} is empty for the system (for example the account a sign-in made). */
public record AuditEntry(
        Instant occurredAt,
        @Nullable UUID actorId,
        @Nullable String actorName,
        String actorRole,
        @Nullable UUID onBehalfOf,
        String action,
        String recordType,
        String recordId,
        @Nullable UUID householdId,
        Map<String, @Nullable String> before,
        Map<String, @Nullable String> after) {}
