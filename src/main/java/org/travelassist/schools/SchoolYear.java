package org.travelassist.schools;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** A school year in England: 1 September to 31 August, named as GOV.UK does ("2026 to 2027"). */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})\\s*(?:to|-|/|–)\\s*(\\d{2}|\\d{4})");

    public SchoolYear {
        if (startYear < 2000 || startYear > 2099) {
            throw new IllegalArgumentException("A school year starts between 2000 and 2099: " + startYear);
        }
    }

    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
    }

    /** Reads "2026 to 2027", "2026-27", "2026/27" or "2026-2027"; empty for anything else. */
    public static Optional<SchoolYear> parse(String written) {
        var match = WRITTEN.matcher(written.strip());
        if (!match.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(match.group(1));
        String end = match.group(2);
        int endYear = end.length() == 2 ? (start / 100) * 100 + Integer.parseInt(end) : Integer.parseInt(end);
        return endYear == start + 1 && start >= 2000 && start <= 2099 ? Optional.of(new SchoolYear(start)) : Optional.empty();
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + " to " + (startYear + 1);
    }
}
