package org.travelassist.schools;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.ImportReport;

/**
 * A term calendar file, read and checked but not yet applied: the periods it holds, every problem by line, and the
 * calendar it would replace. Nothing is applied while there is a problem, so a calendar is never half loaded.
 */
public record TermCalendarCheck(
        @Nullable String schoolUrn,
        String calendarOf,
        SchoolYear year,
        String source,
        List<TermCalendarRules.Row> rows,
        List<ImportReport.Problem> problems,
        @Nullable TermCalendar replaces) {

    public TermCalendarCheck {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean canApply() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    public List<TermPeriod> periods() {
        return rows.stream().map(TermCalendarRules.Row::period).toList();
    }
}
