package org.travelassist.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays. Review and appeal deadlines count
 * these ("within 20 working days of the decision": the decision day is not counted).
 *
 * <p>The bank holidays are a maintained list (source: GOV.UK, "UK bank holidays", England and Wales), including
 * substitute days. A date in a year not listed is refused rather than miscounted: add the next year's holidays
 * when the government announces them.
 */
public final class WorkingDays {

    public static final int FIRST_YEAR = 2026;
    public static final int LAST_YEAR = 2028;

    static final Set<LocalDate> BANK_HOLIDAYS = Set.of(
            // 2026
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28), // Boxing Day falls on a Saturday: substitute day
            // 2027
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30),
            LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28), // Christmas and Boxing Day fall at a weekend
            // 2028
            LocalDate.of(2028, 1, 3), // New Year's Day falls on a Saturday: substitute day
            LocalDate.of(2028, 4, 14), LocalDate.of(2028, 4, 17), LocalDate.of(2028, 5, 1), LocalDate.of(2028, 5, 29),
            LocalDate.of(2028, 8, 28), LocalDate.of(2028, 12, 25), LocalDate.of(2028, 12, 26));

    private WorkingDays() {}

    /** The listed bank holidays, for counting working days in SQL (reporting) by the same rule. */
    public static Set<LocalDate> bankHolidays() {
        return BANK_HOLIDAYS;
    }

    public static boolean isWorkingDay(LocalDate day) {
        requireListed(day);
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !BANK_HOLIDAYS.contains(day);
    }

    /** The day {@code workingDays} working days after {@code from}, not counting {@code from} itself. */
    public static LocalDate plusWorkingDays(LocalDate from, int workingDays) {
        return step(from, workingDays, 1);
    }

    /** The day {@code workingDays} working days before {@code to}: evidence due before a hearing. */
    public static LocalDate minusWorkingDays(LocalDate to, int workingDays) {
        return step(to, workingDays, -1);
    }

    private static LocalDate step(LocalDate from, int workingDays, int direction) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("Count working days as a positive number: " + workingDays);
        }
        LocalDate day = from;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}: 0 when {@code to} is not after {@code from}. */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static void requireListed(LocalDate day) {
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new IllegalStateException("Bank holidays for " + day.getYear() + " are not listed in WorkingDays: add them");
        }
    }
}
