package org.travelassist.budgets;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.travelassist.budgets.BudgetPolicy.PolicyYear;
import org.travelassist.schools.SchoolDay;
import org.travelassist.schools.SchoolDays;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.WorkingDays;

/**
 * Attendance from the school's term calendar (pure, like {@link BudgetRules}): how many days a year's budget is
 * worked out on, and which typed absences are real school days. The calendar comes from the caller, as
 * {@code schools.TermCalendars} answers it; where no term dates are held, the policy's days are used and the working
 * says so, and only weekends and bank holidays can be refused.
 */
public final class AttendanceRules {

    /** The field the typed dates are reported at; and the school days' field, needed only without term dates. */
    public static final String DATES_FIELD = "daysAbsent";
    public static final String SCHOOL_DAYS_FIELD = "schoolDays";

    private AttendanceRules() {}

    /**
     * The school days a year's budget is worked out on.
     *
     * @param schoolDays the open days in the policy year by the school's term dates; null when they are not all held
     * @param words the line of the working that says where the days come from
     */
    public record YearDays(@Nullable Integer schoolDays, String words) {}

    /** From the school's days across the policy year, or null when the school is not known. */
    public static YearDays yearDays(@Nullable SchoolDays days, PolicyYear year, int policyDays) {
        if (days == null || !days.calendarKnown()) {
            return new YearDays(null, "School days: the school's term dates for " + year.words() + " are not held yet, so the policy's "
                    + policyDays + " days are used.");
        }
        int open = days.openDays().size();
        String calendar = days.days().stream().map(SchoolDay::calendar).filter(java.util.Objects::nonNull).findFirst().orElse("its term dates");
        return new YearDays(open, "School days: " + open + " from " + year.words() + ", by the school's term dates (" + calendar + ").");
    }

    /** A month's attendance as checked: the school days it counts and the dates absent, in order. */
    public record Month(int schoolDays, List<LocalDate> absent) {

        public Month {
            absent = List.copyOf(absent);
        }
    }

    /** The month's attendance, or why not, by field. */
    public sealed interface Checked permits Accepted, Refused {}

    public record Accepted(Month month) implements Checked {}

    public record Refused(Map<String, String> problems) implements Checked {}

    /**
     * Checks a month's absences typed as days of the month ("3, 4, 17", or "3-5"): each must be a school day, on or
     * after the budget's start and not after today. The school days counted are the month's open days from the start,
     * by the term dates; without them, the number typed for the month.
     *
     * @param days the school's days for the whole month
     */
    public static Checked month(YearMonth month, String typedDates, String typedSchoolDays, SchoolDays days, LocalDate startsOn,
            LocalDate today) {
        var problems = new LinkedHashMap<String, String>();
        var dates = new TreeSet<LocalDate>();
        for (String token : typedDates.strip().split("(\\s*,\\s*|\\s+and\\s+|\\s+)")) {
            if (token.isBlank()) {
                continue;
            }
            var range = token.split("-", -1);
            Integer first = dayOfMonth(range[0], month);
            Integer last = range.length == 2 ? dayOfMonth(range[1], month) : first;
            if (range.length > 2 || first == null || last == null || last < first) {
                problems.put(DATES_FIELD, "Enter the days of the month the pupil was absent as numbers from 1 to " + month.lengthOfMonth()
                        + ", like 3, 4, 17 or 3-5");
                return new Refused(problems);
            }
            for (int day = first; day <= last; day++) {
                dates.add(month.atDay(day));
            }
        }
        var refused = new ArrayList<String>();
        for (LocalDate date : dates) {
            SchoolDay day = days.on(date);
            if (date.isBefore(startsOn)) {
                refused.add(GovukDates.day(date) + " is before the budget started on " + GovukDates.day(startsOn));
            } else if (date.isAfter(today)) {
                refused.add(GovukDates.day(date) + " has not happened yet");
            } else if (day.calendarKnown() ? !day.open() : !WorkingDays.isWorkingDay(date)) {
                refused.add(GovukDates.day(date) + " was not a school day (" + day.closedBecause() + ")");
            }
        }
        if (!refused.isEmpty()) {
            problems.put(DATES_FIELD, String.join("; ", refused));
        }
        int schoolDays;
        if (days.calendarKnown()) {
            schoolDays = (int) days.openDays().stream().filter(date -> !date.isBefore(startsOn)).count();
            if (schoolDays == 0) {
                problems.put(DATES_FIELD, "The school was not open in " + BudgetCasework.MONTH.format(month) + " while the budget ran");
            }
        } else {
            String text = typedSchoolDays.strip();
            if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 31) {
                problems.put(SCHOOL_DAYS_FIELD, "The school's term dates are not held for this month: enter the number of days it was open, "
                        + "like 20");
                return new Refused(problems);
            }
            schoolDays = Integer.parseInt(text);
            if (dates.size() > schoolDays) {
                problems.putIfAbsent(DATES_FIELD, "Days absent cannot be more than the " + schoolDays + " days the school was open");
            }
        }
        return problems.isEmpty() ? new Accepted(new Month(schoolDays, List.copyOf(dates))) : new Refused(problems);
    }

    private static @Nullable Integer dayOfMonth(String text, YearMonth month) {
        if (!text.matches("\\d{1,2}")) {
            return null;
        }
        int day = Integer.parseInt(text);
        return day >= 1 && day <= month.lengthOfMonth() ? day : null;
    }
}
