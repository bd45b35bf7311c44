package org.travelassist.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.travelassist.schools.TermPeriod.Kind;
import org.travelassist.shared.WorkingDays;

/** What holds for any calendar and any date, not just Rutland's (QuickTheories, a thousand cases per property). */
class TermCalendarRulesPropertyTest {

    static final SchoolYear YEAR = new SchoolYear(2026);
    static final int DAYS_IN_YEAR = 365;

    static Gen<LocalDate> dates() {
        return integers().between(0, DAYS_IN_YEAR - 1).map(offset -> YEAR.firstDay().plusDays(offset));
    }

    /** A Saturday or Sunday of the year (its first weekend starts on 5 September 2026). */
    static Gen<LocalDate> weekends() {
        return integers().between(0, 51).zip(integers().between(0, 1), (week, day) -> LocalDate.of(2026, 9, 5).plusWeeks(week).plusDays(day));
    }

    /** A Monday to Friday of the year (its first Monday is 7 September 2026; 1 to 4 September are left out). */
    static Gen<LocalDate> weekdays() {
        return integers().between(0, 50).zip(integers().between(0, 4), (week, day) -> LocalDate.of(2026, 9, 7).plusWeeks(week).plusDays(day));
    }

    /** Any periods at all inside the year, overlapping or not: the day rule must answer for each date whatever. */
    static Gen<TermCalendar> calendars() {
        Gen<TermPeriod> periods = integers().between(0, DAYS_IN_YEAR - 1).zip(integers().between(0, 90), integers().between(0, 3),
                (start, length, kind) -> {
                    LocalDate first = YEAR.firstDay().plusDays(start);
                    LocalDate last = first.plusDays(length).isAfter(YEAR.lastDay()) ? YEAR.lastDay() : first.plusDays(length);
                    return new TermPeriod(Kind.values()[kind], "Period " + start, first, last);
                });
        return lists().of(periods).ofSizeBetween(0, 12).map(list -> new TermCalendar(UUID.randomUUID(), "100001", YEAR, "generated",
                new ArrayList<>(list), "test", Instant.EPOCH));
    }

    @Test
    void a_school_day_is_exactly_a_working_weekday_in_a_term_and_in_no_holiday_training_day_or_closure() {
        qt().forAll(calendars(), dates()).checkAssert((calendar, date) -> {
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean inTerm = calendar.periods().stream().anyMatch(p -> p.kind() == Kind.TERM && p.contains(date));
            boolean closedByCalendar = calendar.periods().stream().anyMatch(p -> p.kind().closes() && p.contains(date));
            SchoolDay day = calendar.day(date);
            assertThat(day.open()).isEqualTo(!weekend && WorkingDays.isWorkingDay(date) && inTerm && !closedByCalendar);
        });
    }

    @Test
    void a_closed_day_always_says_why_and_an_open_day_never_does() {
        qt().forAll(calendars(), dates()).checkAssert((calendar, date) -> {
            SchoolDay day = calendar.day(date);
            assertThat(day.date()).isEqualTo(date);
            assertThat(day.calendarKnown()).isTrue();
            if (day.open()) {
                assertThat(day.closedBecause()).isNull();
            } else {
                assertThat(day.closedBecause()).isNotBlank();
            }
        });
    }

    @Test
    void a_weekend_is_named_as_the_weekday_whatever_the_calendar_says() {
        qt().forAll(calendars(), weekends()).checkAssert((calendar, date) ->
                assertThat(calendar.day(date).closedBecause()).isIn("Saturday", "Sunday"));
    }

    @Test
    void a_closure_named_by_the_calendar_is_the_reason_given_on_a_weekday() {
        qt().forAll(calendars(), weekdays()).checkAssert((calendar, date) -> {
            List<String> closures = calendar.periods().stream().filter(p -> p.kind().closes() && p.contains(date)).map(TermPeriod::reason).toList();
            if (!closures.isEmpty()) {
                assertThat(calendar.day(date).closedBecause()).isIn(closures);
            }
        });
    }

    @Test
    void without_a_calendar_no_day_is_open() {
        qt().forAll(dates()).checkAssert(date -> {
            SchoolDay day = TermCalendarRules.dayOn(date, null);
            assertThat(day.open()).isFalse();
            assertThat(day.calendarKnown()).isFalse();
            assertThat(day.closedBecause()).isNotBlank();
        });
    }

    @Test
    void the_checks_find_an_overlap_exactly_when_two_periods_of_one_layer_share_a_day() {
        qt().forAll(calendars()).checkAssert(calendar -> {
            var rows = new ArrayList<TermCalendarRules.Row>();
            for (int i = 0; i < calendar.periods().size(); i++) {
                rows.add(new TermCalendarRules.Row(i + 2, calendar.periods().get(i)));
            }
            boolean overlap = false;
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < i; j++) {
                    TermPeriod a = rows.get(i).period();
                    TermPeriod b = rows.get(j).period();
                    overlap |= a.kind().closes() == b.kind().closes()
                            && a.firstDay().datesUntil(a.lastDay().plusDays(1)).anyMatch(b::contains);
                }
            }
            boolean reported = TermCalendarRules.problems(YEAR, rows).stream().anyMatch(problem -> problem.reason().contains(" overlaps "));
            assertThat(reported).isEqualTo(overlap);
        });
    }
}
