package org.travelassist.security;

import java.util.UUID;

/** Published when a person has signed in, for the audit trail: who, with which role, through which provider. */
public record SignedIn(UUID accountId, String displayName, String role, String provider) {}
