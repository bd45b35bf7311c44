package org.travelassist.budgets.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.travelassist.budgets.AttendanceRules;
import org.travelassist.budgets.BudgetPolicy;
import org.travelassist.schools.SchoolDay;
import org.travelassist.schools.SchoolDays;
import org.travelassist.schools.TermCalendarRules;
import org.travelassist.schools.TermCalendars;

/**
 * A budget's school days from schools' {@link TermCalendars} (the school's own term dates, or the council's): for a
 * policy year, the days its amount and daily rate are worked out on; for a month, the days an absence can fall on.
 * A budget without a school recorded has no term dates, so the policy's days apply and only weekends and bank
 * holidays are refused.
 */
@Component
public class BudgetSchoolDays {

    private final TermCalendars calendars;

    BudgetSchoolDays(TermCalendars calendars) {
        this.calendars = calendars;
    }

    public AttendanceRules.YearDays year(@Nullable String urn, BudgetPolicy.PolicyYear year, BudgetPolicy policy) {
        return AttendanceRules.yearDays(urn == null ? null : calendars.schoolDays(urn, year.starts(), year.ends()), year,
                policy.attendanceDays());
    }

    public SchoolDays month(@Nullable String urn, YearMonth month) {
        if (urn != null) {
            return calendars.schoolDays(urn, month.atDay(1), month.atEndOfMonth());
        }
        var days = new ArrayList<SchoolDay>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            days.add(TermCalendarRules.dayOn(day, null));
        }
        return new SchoolDays("", days);
    }
}
