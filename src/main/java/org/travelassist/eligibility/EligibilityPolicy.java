package org.travelassist.eligibility;

import java.time.LocalDate;

/**
 * The council's choices where the law leaves them open, in force from a date. Its version is stored with every
 * result, so a decision can be explained and recomputed later.
 *
 * @param ageConvention when the 3-mile walking distance starts: on the 8th birthday, or from Year 4
 * @param underCompulsoryAge what the council offers children not yet of compulsory school age
 * @param overCompulsoryAge what it offers young people past compulsory school age
 */
public record EligibilityPolicy(
        String version,
        LocalDate effectiveFrom,
        AgeConvention ageConvention,
        String underCompulsoryAge,
        String overCompulsoryAge) {

    public enum AgeConvention {
        /** The statute's own reading: a child is "under 8" until the 8th birthday. */
        EIGHTH_BIRTHDAY,
        /** Reception to Year 3 are "under 8"; Year 4 and above are not. Age thresholds follow year groups. */
        YEAR_GROUP
    }
}
