package org.travelassist.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An email the portal gave up sending: what it was about (never its codes), when it first failed, how often it was tried. */
public record UndeliveredEmail(UUID id, String description, @Nullable UUID householdId, Instant firstTriedAt, int attempts, Instant gaveUpAt) {}
