package org.travelassist.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * A school's office should confirm attendance: {@code claims} claims are waiting for it, to confirm by
 * {@code confirmBy}. Carries no pupil's details, since it goes by email. Published once per school and deadline.
 *
 * @param emails the school's linked staff, as their identity provider gave their addresses
 */
public record SchoolReminderDue(String schoolUrn, String schoolName, LocalDate confirmBy, int claims, List<String> emails) {

    public SchoolReminderDue {
        emails = List.copyOf(emails);
    }
}
