package org.travelassist.schools.ui;

import org.jspecify.annotations.Nullable;

/** Whose term dates: the council's standard calendar (no URN) or one school's. */
record CalendarOwner(@Nullable String urn, String name) {

    static final CalendarOwner COUNCIL = new CalendarOwner(null, "The council's standard calendar");

    String label() {
        return urn == null ? name : name + " (URN " + urn + ")";
    }
}
