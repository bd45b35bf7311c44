package org.travelassist.claims.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Component;
import org.travelassist.claims.ClaimPeriods;
import org.travelassist.claims.SchoolOpenDays;
import org.travelassist.schools.SchoolDay;
import org.travelassist.schools.SchoolYear;
import org.travelassist.schools.TermCalendars;

/**
 * The school's term calendar (schools' {@link TermCalendars}: its own, or the council's) in the form the mileage
 * rules take. Where no term dates are held for a day, only weekends and bank holidays count as closures and the
 * school's attendance check confirms the rest, so a family is never refused a day for the council's missing data.
 */
@Component
class SchoolCalendars {

    private final TermCalendars calendars;

    SchoolCalendars(TermCalendars calendars) {
        this.calendars = calendars;
    }

    /** The school's terms (its own calendar, or the council's) in the school years from {@code from} to {@code to}. */
    List<ClaimPeriods.Term> terms(String urn, LocalDate from, LocalDate to) {
        var terms = new ArrayList<ClaimPeriods.Term>();
        for (SchoolYear year = SchoolYear.of(from); !year.firstDay().isAfter(to); year = year.next()) {
            calendars.calendarFor(urn, year).ifPresent(calendar -> calendar.terms()
                    .forEach(term -> terms.add(new ClaimPeriods.Term(term.name(), term.firstDay(), term.lastDay()))));
        }
        return terms;
    }

    SchoolOpenDays openDays(String urn, LocalDate from, LocalDate to) {
        var days = calendars.schoolDays(urn, from, to);
        var closures = new HashMap<LocalDate, String>();
        for (SchoolDay day : days.days()) {
            if (day.calendarKnown() && !day.open() && day.closedBecause() != null) {
                closures.put(day.date(), day.closedBecause());
            }
        }
        return new SchoolOpenDays(days.calendarKnown(), closures);
    }
}
