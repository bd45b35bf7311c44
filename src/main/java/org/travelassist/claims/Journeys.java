package org.travelassist.claims;

/** Which school runs a parent made on a day: both, or only one (a half day, an appointment). */
public enum Journeys {
    BOTH("Morning and afternoon"),
    MORNING_ONLY("Morning only"),
    AFTERNOON_ONLY("Afternoon only");

    public final String label;

    Journeys(String label) {
        this.label = label;
    }

    public int legs(AllowanceTerms terms) {
        return this == BOTH ? terms.fullDayLegs() : terms.halfDayLegs();
    }
}
