package org.travelassist.security;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published when a person has signed in, for the audit trail: who, with which role, through which provider.
 *
 * @param email the identity provider's {@code email} claim at this sign-in; null when it sent none
 */
public record SignedIn(UUID accountId, String displayName, String role, String provider, @Nullable String email) {}
