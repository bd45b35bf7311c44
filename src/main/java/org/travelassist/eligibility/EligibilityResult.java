package org.travelassist.eligibility;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules' answer, with everything needed to explain it: each category met or not and why, the school it is
 * about, every school considered and why each is or is not suitable, the distances, and the policy version.
 *
 * @param question what the rules were asked, kept with the answer so it can be recomputed later
 * @param indicative true when distances are straight lines, not measured routes: every screen says so
 * @param ageUsed the age that sets the walking distance: the age on the day, or at the start of the school year
 *     when the council counts by year group. The low-income categories always use the age on the day
 *     ({@link EligibilityQuestion#age()})
 * @param forTheOfficer what an officer should check before relying on the answer, such as a distance that fell back
 *     to a straight line; empty when nothing
 */
public record EligibilityResult(
        EligibilityQuestion question,
        Outcome outcome,
        String summary,
        List<CategoryFinding> categories,
        @Nullable SchoolFinding school,
        List<SchoolFinding> schoolsConsidered,
        int ageUsed,
        Distance walkingLimit,
        String policyVersion,
        String distanceMethod,
        boolean indicative,
        List<String> forTheOfficer) {

    public EligibilityResult {
        // Results stored before the officer's list existed come back with it null.
        forTheOfficer = forTheOfficer == null ? List.of() : List.copyOf(forTheOfficer);
    }

    public enum Outcome {
        /** At least one category is met. */
        ELIGIBLE,
        /** None is met yet, but one depends on an officer's judgement. */
        COUNCIL_TO_ASSESS,
        NOT_ELIGIBLE,
        /** Below or above compulsory school age: help is at the council's discretion. */
        DISCRETIONARY
    }

    public enum Category {
        A("Special educational needs, disability or mobility"),
        B("Unsafe walking route"),
        C("Beyond walking distance"),
        D1("Low income, aged 8 to 10"),
        D2("Low income, one of the three nearest schools"),
        D3("Low income, school chosen for religion or belief");

        public final String title;

        Category(String title) {
            this.title = title;
        }
    }

    public enum Finding {
        MET,
        NOT_MET,
        FOR_THE_COUNCIL_TO_ASSESS
    }

    public record CategoryFinding(Category category, Finding finding, String reason) {}

    /**
     * @param rank 1 for the nearest suitable school, 2 for the next; 0 when not suitable. Schools at exactly the same
     *     distance share a rank ("1, 1, 3"): both are the nearest
     * @param road null when not measured (only the low-income rules and the school in question need it)
     */
    public record SchoolFinding(String urn, String name, boolean suitable, String reason, int rank, Distance walking,
            @Nullable Distance road, Measure walkingMeasure) {

        public SchoolFinding {
            walkingMeasure = walkingMeasure == null ? Measure.ROUTE : walkingMeasure;
        }

        /** "2.04 miles (3,283 metres)", saying so when it is a straight line because no walking route was found. */
        public String describeWalking() {
            return walking.describe() + (walkingMeasure == Measure.STRAIGHT_LINE ? " in a straight line (no walking route was found)" : "");
        }
    }

    /** How a school's walking distance was found. */
    public enum Measure {
        ROUTE,
        /** The router could not reach the school on foot; the straight line stands in and an officer checks it. */
        STRAIGHT_LINE
    }

    public boolean met(Category category) {
        return categories.stream().anyMatch(c -> c.category() == category && c.finding() == Finding.MET);
    }
}
