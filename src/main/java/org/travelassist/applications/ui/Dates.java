package org.travelassist.applications.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.travelassist.applications.internal.ApplicationRecords;

/** Dates as GOV.UK writes them: "23 November 2026", and "23 November 2026 at 3:15pm". */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private Dates() {}

    static String day(@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String at(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(ApplicationRecords.LONDON);
        return DAY.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }
}
