package org.travelassist.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an officer needs to see beside a case about the child's other applications: why this one is new (when the
 * family had to say), and the others that were sent, newest first.
 */
public record RelatedApplications(@Nullable NewApplicationReason reason, @Nullable String reasonText, List<Related> others) {

    public record Related(UUID id, @Nullable String reference, @Nullable String schoolName, ApplicationStatus status,
            @Nullable LocalDate decidedOn) {}

    /** The family's reason in one line, such as "We have moved home" or "Another reason: ...". */
    public @Nullable String reasonLine() {
        if (reason == null) {
            return null;
        }
        return reasonText == null || reasonText.isBlank() ? reason.label : reason.label + ": " + reasonText;
    }
}
