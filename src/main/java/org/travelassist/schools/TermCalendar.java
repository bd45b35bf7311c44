package org.travelassist.schools;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The term dates of one school year: the council's standard calendar ({@code schoolUrn} null), or a school's own,
 * which replaces the council's for that school (academies set their own).
 */
public record TermCalendar(
        UUID id, @Nullable String schoolUrn, SchoolYear year, String source, List<TermPeriod> periods, String loadedBy, Instant loadedAt) {

    public TermCalendar {
        periods = periods.stream().sorted(Comparator.comparing(TermPeriod::firstDay).thenComparing(TermPeriod::kind)).toList();
    }

    public boolean council() {
        return schoolUrn == null;
    }

    /** What a family or officer is told the answer came from. */
    public String description() {
        return (council() ? "The council's term dates for " : "The school's own term dates for ") + year;
    }

    public SchoolDay day(LocalDate date) {
        return TermCalendarRules.dayOn(date, this);
    }

    public List<TermPeriod> terms() {
        return periods.stream().filter(period -> period.kind() == TermPeriod.Kind.TERM).toList();
    }

    /** The holidays, training days and closures that fall in a term, or between it and the term before. */
    public List<TermPeriod> closuresUpTo(TermPeriod term) {
        var terms = terms();
        int index = terms.indexOf(term);
        LocalDate after = index <= 0 ? year.firstDay().minusDays(1) : terms.get(index - 1).lastDay();
        return periods.stream().filter(period -> period.kind().closes())
                .filter(period -> period.firstDay().isAfter(after) && !period.firstDay().isAfter(term.lastDay()))
                .toList();
    }

    /** Closures after the last term (the summer holidays). */
    public List<TermPeriod> closuresAfterLastTerm() {
        var terms = terms();
        LocalDate after = terms.isEmpty() ? year.firstDay().minusDays(1) : terms.getLast().lastDay();
        return periods.stream().filter(period -> period.kind().closes() && period.firstDay().isAfter(after)).toList();
    }
}
