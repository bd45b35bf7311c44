package org.travelassist.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** SPI: when an administrator last ended all of an account's sessions. Implemented by {@code accounts}. */
public interface SessionRevocations {

    /** @return the moment, or null if no one ever has */
    @Nullable Instant sessionsEndedAt(UUID accountId);
}
