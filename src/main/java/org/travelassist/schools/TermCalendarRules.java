package org.travelassist.schools;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ImportReport;
import org.travelassist.shared.WorkingDays;

/** Pure rules: is a date a school day, and why not; and is a set of periods a calendar one can rely on. */
public final class TermCalendarRules {

    /** The most periods one school year's calendar may have: terms, half terms and a few closures fit easily. */
    public static final int MAX_PERIODS = 100;

    static final String BANK_HOLIDAY = "Bank holiday";
    static final String NOT_TERM_TIME = "Not term time";

    /** A period as read, with the line it came from, so a problem can name it. */
    public record Row(long line, TermPeriod period) {}

    private TermCalendarRules() {}

    /**
     * Weekends first (whatever a calendar says), then the calendar's holidays, training days and closures by name,
     * then bank holidays in England, then days outside every term. Without a calendar a weekday is not called open.
     */
    public static SchoolDay dayOn(LocalDate date, @Nullable TermCalendar calendar) {
        if (calendar != null && !calendar.year().contains(date)) {
            throw new IllegalArgumentException(date + " is not in the school year " + calendar.year());
        }
        String source = calendar == null ? null : calendar.description();
        DayOfWeek weekday = date.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return SchoolDay.closedOn(date, weekday.getDisplayName(TextStyle.FULL, Locale.UK), source);
        }
        if (calendar != null) {
            for (TermPeriod period : calendar.periods()) {
                if (period.kind().closes() && period.contains(date)) {
                    return SchoolDay.closedOn(date, period.reason(), source);
                }
            }
        }
        if (!WorkingDays.isWorkingDay(date)) {
            return SchoolDay.closedOn(date, BANK_HOLIDAY, source);
        }
        if (calendar == null) {
            return SchoolDay.closedOn(date, "No term dates held for " + SchoolYear.of(date), null);
        }
        boolean inTerm = calendar.terms().stream().anyMatch(term -> term.contains(date));
        return inTerm ? SchoolDay.openOn(date, source) : SchoolDay.closedOn(date, NOT_TERM_TIME, source);
    }

    /**
     * What is wrong with a calendar, row by row: each period inside the school year, named, and not overlapping
     * another of its layer (terms with terms; holidays, training days and closures with each other; a half term
     * sits inside a term). A calendar needs at least one term, and bank holidays listed for its whole year.
     */
    public static List<ImportReport.Problem> problems(SchoolYear year, List<Row> rows) {
        var problems = new ArrayList<ImportReport.Problem>();
        if (year.firstDay().getYear() < WorkingDays.FIRST_YEAR || year.lastDay().getYear() > WorkingDays.LAST_YEAR) {
            problems.add(new ImportReport.Problem(0, "Term dates can be held for the school years from " + WorkingDays.FIRST_YEAR
                    + " to " + (WorkingDays.FIRST_YEAR + 1) + " up to " + (WorkingDays.LAST_YEAR - 1) + " to " + WorkingDays.LAST_YEAR
                    + ": England's bank holidays for " + year + " are not listed yet"));
        }
        if (rows.size() > MAX_PERIODS) {
            problems.add(new ImportReport.Problem(0, "A calendar has at most " + MAX_PERIODS + " periods; this one has " + rows.size()));
        }
        if (rows.stream().noneMatch(row -> row.period().kind() == TermPeriod.Kind.TERM)) {
            problems.add(new ImportReport.Problem(0, "The calendar has no term: add a row of kind \"term\" for each term"));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            TermPeriod period = row.period();
            if (period.name().isBlank()) {
                problems.add(new ImportReport.Problem(row.line(), "Name the " + period.kind().label().toLowerCase(Locale.UK)
                        + ", like \"Autumn term\" or \"October half term\""));
            } else if (period.name().length() > TermPeriod.NAME_MAX_LENGTH) {
                problems.add(new ImportReport.Problem(row.line(), "The name must be " + TermPeriod.NAME_MAX_LENGTH + " characters or fewer"));
            }
            if (period.lastDay().isBefore(period.firstDay())) {
                problems.add(new ImportReport.Problem(row.line(), "\"" + period.name() + "\" ends on " + GovukDates.day(period.lastDay())
                        + ", before it starts on " + GovukDates.day(period.firstDay())));
                continue;
            }
            if (!year.contains(period.firstDay()) || !year.contains(period.lastDay())) {
                problems.add(new ImportReport.Problem(row.line(), "\"" + period.name() + "\" (" + GovukDates.day(period.firstDay())
                        + " to " + GovukDates.day(period.lastDay()) + ") is not in the school year " + year
                        + ", which runs from " + GovukDates.day(year.firstDay()) + " to " + GovukDates.day(year.lastDay())));
            }
            for (int j = 0; j < i; j++) {
                Row earlier = rows.get(j);
                if (earlier.period().kind().closes() == period.kind().closes() && !earlier.period().lastDay().isBefore(earlier.period().firstDay())
                        && earlier.period().overlaps(period)) {
                    problems.add(new ImportReport.Problem(row.line(), "\"" + period.name() + "\" overlaps \"" + earlier.period().name()
                            + "\" on line " + earlier.line()));
                }
            }
        }
        return problems;
    }
}
