package org.travelassist.schools;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A member of school office staff who has signed in, and the schools (by URN) an officer linked them to. */
public record SchoolStaffMember(UUID userId, String name, Instant lastSignedInAt, Set<String> schools) {

    public SchoolStaffMember {
        schools = Set.copyOf(schools);
    }
}
