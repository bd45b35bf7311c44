package org.travelassist.contributions;

/** What a family is charged for. */
public enum ChargeKind {
    /** Councils may ask a contribution for travel of students over compulsory school age (16 to 18). */
    POST16_CONTRIBUTION("Post-16 travel contribution",
            "A contribution to the cost of travel to school or college for a student aged 16 to 18."),
    /** A place on a council vehicle for a child not entitled to free travel, where there is a seat to spare. */
    SPARE_SEAT("Spare seat charge", "The charge for a spare seat on a council vehicle, for a child not entitled to free travel.");

    public final String label;
    public final String explanation;

    ChargeKind(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }
}
