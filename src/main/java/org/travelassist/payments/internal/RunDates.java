package org.travelassist.payments.internal;

import java.time.LocalDate;
import org.travelassist.payments.InvalidPaymentException;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.WorkingDays;

/**
 * Which run dates finance may choose. The run date is the day the money reaches the families' accounts. BACS works
 * in a 3-day cycle: the file goes in on day 1, the bank processes it on day 2 (the processing day in the file), and
 * the money arrives on day 3, the run date; so a BACS run date is a working day at least 2 working days ahead. A
 * gateway pays the same day, so its run date is any working day from today.
 */
public final class RunDates {

    /** How far ahead a run may be set: BACS accepts files up to 31 days before their processing day. */
    static final int MOST_DAYS_AHEAD = 31;

    private RunDates() {}

    public static LocalDate earliest(LocalDate today, boolean byFile) {
        LocalDate day = byFile ? WorkingDays.plusWorkingDays(today, 2) : today;
        while (!WorkingDays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** BACS's processing day (day 2) for a run date (day 3). */
    public static LocalDate processingDay(LocalDate runDate) {
        return WorkingDays.minusWorkingDays(runDate, 1);
    }

    public static void check(LocalDate runDate, LocalDate today, boolean byFile) {
        if (runDate.getYear() < WorkingDays.FIRST_YEAR || runDate.getYear() > WorkingDays.LAST_YEAR) {
            throw new InvalidPaymentException("Choose a run date in " + WorkingDays.FIRST_YEAR + " to " + WorkingDays.LAST_YEAR);
        }
        if (!WorkingDays.isWorkingDay(runDate)) {
            throw new InvalidPaymentException("Choose a working day: " + GovukDates.day(runDate) + " is a weekend or bank holiday");
        }
        LocalDate earliest = earliest(today, byFile);
        if (runDate.isBefore(earliest)) {
            throw new InvalidPaymentException(byFile
                    ? "Choose a run date at least 2 working days from today, so the bank can process the file: the earliest is "
                            + GovukDates.day(earliest)
                    : "Choose today or a later date");
        }
        if (runDate.isAfter(today.plusDays(MOST_DAYS_AHEAD))) {
            throw new InvalidPaymentException("Choose a run date within " + MOST_DAYS_AHEAD + " days of today");
        }
    }
}
