package org.travelassist.applications;

/** How the appeal panel hears the family. */
public enum HearingMode {
    IN_PERSON("in person"),
    REMOTE("by video");

    /** Completes "Hearing on 15 January 2027, …". */
    public final String description;

    HearingMode(String description) {
        this.description = description;
    }
}
