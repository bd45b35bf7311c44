package org.travelassist.claims;

/** What became of a claimed day at the school's check (or an officer's correction). */
public enum DayAttendance {
    ATTENDED("Attended"),
    ABSENT("Absent, as the school recorded"),
    REMOVED("Taken out by the council");

    public final String label;

    DayAttendance(String label) {
        this.label = label;
    }
}
