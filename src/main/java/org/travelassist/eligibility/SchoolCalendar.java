package org.travelassist.eligibility;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** Ages, school years and compulsory school age (Education Act 1996 s8). */
public final class SchoolCalendar {

    /** The prescribed days on which children reach compulsory school age. */
    private static final List<MonthDay> PRESCRIBED_DAYS =
            List.of(MonthDay.of(Month.DECEMBER, 31), MonthDay.of(Month.MARCH, 31), MonthDay.of(Month.AUGUST, 31));

    private SchoolCalendar() {}

    public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** The age on the 31 August before the school year that contains {@code day}: it fixes the year group. */
    public static int ageAtStartOfSchoolYear(LocalDate dateOfBirth, LocalDate day) {
        return ageOn(dateOfBirth, startOfSchoolYear(day).minusDays(1));
    }

    /** Reception is 0, Year 1 is 1, ... Year 11 is 11. */
    public static int yearGroup(LocalDate dateOfBirth, LocalDate day) {
        return ageAtStartOfSchoolYear(dateOfBirth, day) - 4;
    }

    public static LocalDate startOfSchoolYear(LocalDate day) {
        int year = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, 9, 1);
    }

    /**
     * A child reaches compulsory school age on the fifth birthday if it is a prescribed day (31 December, 31 March,
     * 31 August), otherwise on the next prescribed day after it.
     */
    public static LocalDate compulsorySchoolAgeStarts(LocalDate dateOfBirth) {
        LocalDate fifth = dateOfBirth.plusYears(5);
        LocalDate first = null;
        for (MonthDay prescribed : PRESCRIBED_DAYS) {
            LocalDate candidate = prescribed.atYear(fifth.getYear());
            if (candidate.isBefore(fifth)) {
                candidate = prescribed.atYear(fifth.getYear() + 1);
            }
            if (first == null || candidate.isBefore(first)) {
                first = candidate;
            }
        }
        return first;
    }

    /**
     * Compulsory school age ends on the school leaving date: the last Friday in June of the school year in which
     * the child turns 16, so a child who turns 16 in July or August leaves on that June's Friday.
     */
    public static LocalDate compulsorySchoolAgeEnds(LocalDate dateOfBirth) {
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        int leavingYear = startOfSchoolYear(sixteenth).getYear() + 1;
        return LocalDate.of(leavingYear, Month.JUNE, 30).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
    }

    public static boolean isOfCompulsorySchoolAge(LocalDate dateOfBirth, LocalDate day) {
        return !day.isBefore(compulsorySchoolAgeStarts(dateOfBirth)) && !day.isAfter(compulsorySchoolAgeEnds(dateOfBirth));
    }
}
