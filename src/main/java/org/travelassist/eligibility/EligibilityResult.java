package org.travelassist.eligibility;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules' answer, with everything needed to explain it: each category met or not and why, the school it is
 * about, every school considered and why each is or is not suitable, the distances, and the policy version.
 *
 * @param question what the rules were asked, kept with the answer so it can be recomputed later
 * @param indicative true when distances are straight lines, not measured routes: every screen says so
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
        boolean indicative) {

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
     * @param rank 1 for the nearest suitable school, 2 for the next; 0 when not suitable
     * @param road null when not measured (only the low-income rules and the school in question need it)
     */
    public record SchoolFinding(String urn, String name, boolean suitable, String reason, int rank, Distance walking,
            @Nullable Distance road) {}

    public boolean met(Category category) {
        return categories.stream().anyMatch(c -> c.category() == category && c.finding() == Finding.MET);
    }
}
