package org.travelassist.applications;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityQuestion.Sex;
import org.travelassist.eligibility.SchoolMark;

/**
 * The officer's findings about which schools suit the child, as the case page shows them; nothing recorded yet
 * when {@code recordedBy} is null.
 *
 * @param selectiveSuitable assessed as suitable for a grammar school; null when not assessed
 * @param marks nearer schools with no place, or that cannot meet the child's needs, with the reasons
 */
public record SchoolSuitabilityFindings(@Nullable Sex sex, @Nullable Boolean selectiveSuitable, List<SchoolMark> marks,
        @Nullable String recordedBy, @Nullable Instant recordedAt) {

    public static final SchoolSuitabilityFindings NONE = new SchoolSuitabilityFindings(null, null, List.of(), null, null);

    public SchoolSuitabilityFindings {
        marks = List.copyOf(marks);
    }
}
