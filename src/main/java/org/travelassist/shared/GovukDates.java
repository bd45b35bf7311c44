package org.travelassist.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Dates as GOV.UK writes them ("23 November 2026", "23 November 2026 at 3:15pm"), in UK time: the one place pages,
 * letters and emails take them from.
 */
public final class GovukDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private GovukDates() {}

    public static String day(@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String day(@Nullable Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(LONDON));
    }

    public static String at(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(LONDON);
        return DAY.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    /** Today in the UK, which is yesterday in UTC for the first hour of a British Summer Time day. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
