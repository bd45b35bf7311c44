package org.travelassist.accounts;

import java.util.UUID;

/**
 * Who is acting on a household's records: one of its parents, or an adviser under the family's consent.
 *
 * @param byAdviser true when an adviser acts for the family ("on behalf of" in the audit trail and in emails)
 */
public record Acting(UUID householdId, UUID personId, String personName, boolean byAdviser) {}
