package org.travelassist.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One run of the annual re-assessment, for officers: when and why it ran, under which policy, how many children it
 * checked, and each child whose entitlement would change, beside the decision. Nothing in it has been decided.
 *
 * @param runByName the officer who asked for it; null when the nightly job ran it
 */
public record ReassessmentReport(UUID id, Instant startedAt, ReassessmentRules.Reason reason, String policyVersion,
        @Nullable String runByName, int childrenChecked, int childrenChanged, int notChecked, List<Line> lines) {

    /** @param phaseMove "Year 6 to Year 7" when the child moved up a phase since the decision */
    public record Line(UUID applicationId, String reference, String childName, @Nullable String schoolName, String decided,
            String foundNow, String why, @Nullable String phaseMove) {}
}
