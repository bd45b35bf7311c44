package org.travelassist.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** A date of birth typed in the GOV.UK day, month and year boxes: what is wrong with it, in GOV.UK wording. */
public final class DateOfBirth {

    /** EHC plans run to 25; nobody older is a child of this service. */
    public static final int OLDEST_AGE_YEARS = 25;

    private DateOfBirth() {}

    /** The problem with what was typed, or empty when it is a real date in the last 25 years. */
    public static Optional<String> problem(String day, String month, String year, LocalDate today) {
        day = day.strip();
        month = month.strip();
        year = year.strip();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return Optional.of("Enter your child's date of birth");
        }
        for (String[] part : new String[][] {{day, "day"}, {month, "month"}, {year, "year"}}) {
            if (part[0].isEmpty()) {
                return Optional.of("Date of birth must include a " + part[1]);
            }
        }
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
            return Optional.of("Date of birth must be a real date");
        }
        try {
            return problem(parse(day, month, year), today);
        } catch (DateTimeException e) {
            return Optional.of("Date of birth must be a real date");
        }
    }

    /** The problem with a date of birth already known to be a date: in the future, or over 25 years ago. */
    public static Optional<String> problem(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth.isAfter(today)) {
            return Optional.of("Date of birth must be in the past");
        }
        if (dateOfBirth.isBefore(today.minusYears(OLDEST_AGE_YEARS))) {
            return Optional.of("Date of birth must be within the last " + OLDEST_AGE_YEARS + " years");
        }
        return Optional.empty();
    }

    /** The date, once {@link #problem} has found nothing wrong with it. */
    public static LocalDate parse(String day, String month, String year) {
        return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
    }
}
