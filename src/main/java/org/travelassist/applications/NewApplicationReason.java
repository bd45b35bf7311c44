package org.travelassist.applications;

/**
 * Why a family applies again for a child whose application was decided this school year. Only a move of home can
 * change the answer for the same school; any other reason is for a different school.
 */
public enum NewApplicationReason {
    MOVED_HOME("We have moved home"),
    CHANGING_SCHOOL("My child is changing school"),
    OTHER("Another reason");

    public final String label;

    NewApplicationReason(String label) {
        this.label = label;
    }

    /** Whether an application for the same school as the decided one may be sent with this reason. */
    public boolean allowsSameSchool() {
        return this == MOVED_HOME;
    }
}
