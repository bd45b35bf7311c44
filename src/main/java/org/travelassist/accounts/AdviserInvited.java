package org.travelassist.accounts;

import java.time.Instant;

/** A family invited an adviser: the adviser is sent the one-time code, which is kept nowhere else in clear. */
public record AdviserInvited(String adviserEmail, String familyName, String code, Instant codeExpiresAt) {}
