package org.travelassist.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.travelassist.schools.TermPeriod.Kind;
import org.travelassist.schools.internal.TermCalendarCsv;
import org.travelassist.shared.ImportReport;

/** Is this date a school day, and why not; and which calendars are refused, by line. */
class TermCalendarRulesTest {

    static final SchoolYear YEAR = new SchoolYear(2026);

    /** The demo council calendar, read from the file the local profile loads. */
    static TermCalendar demoCalendar() {
        try (InputStream in = TermCalendarRulesTest.class.getResourceAsStream("/data/rutland/term-dates-2026-27-demo.csv")) {
            var parsed = TermCalendarCsv.parse(in);
            assertThat(parsed.problems()).isEmpty();
            assertThat(TermCalendarRules.problems(YEAR, parsed.rows())).isEmpty();
            return new TermCalendar(UUID.randomUUID(), null, YEAR, "demo", parsed.rows().stream().map(TermCalendarRules.Row::period).toList(),
                    "test", Instant.EPOCH);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final TermCalendar DEMO = demoCalendar();

    static String why(LocalDate date) {
        SchoolDay day = DEMO.day(date);
        return day.open() ? "open" : day.closedBecause();
    }

    @Test
    void a_term_weekday_is_open_and_says_which_calendar_said_so() {
        SchoolDay day = DEMO.day(LocalDate.of(2026, 9, 2));
        assertThat(day.open()).isTrue();
        assertThat(day.closedBecause()).isNull();
        assertThat(day.calendar()).isEqualTo("The council's term dates for 2026 to 2027");
    }

    @Test
    void each_closed_day_says_why() {
        assertThat(why(LocalDate.of(2026, 9, 1))).isEqualTo("Training day");
        assertThat(why(LocalDate.of(2026, 9, 5))).isEqualTo("Saturday");
        assertThat(why(LocalDate.of(2026, 9, 6))).isEqualTo("Sunday");
        assertThat(why(LocalDate.of(2026, 10, 28))).isEqualTo("October half term");
        assertThat(why(LocalDate.of(2026, 12, 25))).isEqualTo("Christmas holidays"); // also a bank holiday: the holiday names it
        assertThat(why(LocalDate.of(2026, 12, 26))).isEqualTo("Saturday"); // a weekend is a weekend, in a holiday or not
        assertThat(why(LocalDate.of(2027, 3, 26))).isEqualTo("Easter holidays");
        assertThat(why(LocalDate.of(2027, 5, 3))).isEqualTo("Bank holiday"); // early May bank holiday, in the summer term
        assertThat(why(LocalDate.of(2027, 8, 2))).isEqualTo("Summer holidays");
    }

    @Test
    void a_weekday_outside_every_term_and_holiday_is_not_term_time() {
        var calendar = new TermCalendar(UUID.randomUUID(), "137340", YEAR, "test",
                List.of(new TermPeriod(Kind.TERM, "Autumn term", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 17))), "test", Instant.EPOCH);
        assertThat(calendar.day(LocalDate.of(2026, 9, 2)).closedBecause()).isEqualTo("Not term time");
        assertThat(calendar.day(LocalDate.of(2026, 12, 18)).closedBecause()).isEqualTo("Not term time");
        assertThat(calendar.day(LocalDate.of(2026, 12, 17)).open()).isTrue();
        assertThat(calendar.day(LocalDate.of(2026, 12, 17)).calendar()).isEqualTo("The school's own term dates for 2026 to 2027");
    }

    @Test
    void without_a_calendar_a_weekday_is_never_called_open_but_weekends_and_bank_holidays_are_still_named() {
        SchoolDay monday = TermCalendarRules.dayOn(LocalDate.of(2027, 9, 6), null);
        assertThat(monday.open()).isFalse();
        assertThat(monday.calendarKnown()).isFalse();
        assertThat(monday.closedBecause()).isEqualTo("No term dates held for 2027 to 2028");
        assertThat(TermCalendarRules.dayOn(LocalDate.of(2027, 9, 4), null).closedBecause()).isEqualTo("Saturday");
        assertThat(TermCalendarRules.dayOn(LocalDate.of(2027, 8, 30), null).closedBecause()).isEqualTo("Bank holiday");
    }

    @Test
    void the_demo_calendar_has_190_pupil_days() {
        long open = YEAR.firstDay().datesUntil(YEAR.lastDay().plusDays(1)).filter(date -> DEMO.day(date).open()).count();
        // 195 days in the three terms, less five training days: the 190 days a year schools in England meet
        assertThat(open).isEqualTo(190);
    }

    @Test
    void a_calendar_is_refused_row_by_row_with_the_line_named() {
        var problems = problems("""
                kind,from,to,name
                term,2026-09-01,2026-12-18,Autumn term
                holiday,2026-10-26,2026-10-30,October half term
                holiday,2026-10-30,2026-11-02,Extra break
                term,2026-12-01,2027-03-25,Spring term
                term,2025-04-12,2025-07-21,Summer term
                closure,2027-02-01,2027-01-31,Boiler
                training day,2027-01-04,,
                """);
        assertThat(problems).extracting(ImportReport.Problem::line, ImportReport.Problem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, "\"Extra break\" overlaps \"October half term\" on line 3"),
                org.assertj.core.groups.Tuple.tuple(5L, "\"Spring term\" overlaps \"Autumn term\" on line 2"),
                org.assertj.core.groups.Tuple.tuple(6L, "\"Summer term\" (12 April 2025 to 21 July 2025) is not in the school year 2026 to 2027,"
                        + " which runs from 1 September 2026 to 31 August 2027"),
                org.assertj.core.groups.Tuple.tuple(7L, "\"Boiler\" ends on 31 January 2027, before it starts on 1 February 2027"),
                org.assertj.core.groups.Tuple.tuple(8L, "Name the training day, like \"Autumn term\" or \"October half term\""));
    }

    @Test
    void a_calendar_needs_a_term_and_a_year_whose_bank_holidays_are_listed() {
        assertThat(problems("kind,from,to,name\nholiday,2026-10-26,2026-10-30,Half term\n"))
                .extracting(ImportReport.Problem::reason).containsExactly("The calendar has no term: add a row of kind \"term\" for each term");
        var later = TermCalendarRules.problems(new SchoolYear(2028), List.of(new TermCalendarRules.Row(2,
                new TermPeriod(Kind.TERM, "Autumn term", LocalDate.of(2028, 9, 4), LocalDate.of(2028, 12, 15)))));
        assertThat(later).singleElement().satisfies(problem -> assertThat(problem.reason()).contains("bank holidays for 2028 to 2029 are not listed"));
    }

    @Test
    void the_file_is_read_line_by_line_and_a_line_it_cannot_read_is_named() {
        var parsed = TermCalendarCsv.parse(in("""
                \uFEFFKind,From,To,Name
                term,01/09/2026,18/12/2026,Autumn term
                ,,,
                INSET,2026-10-23,,Training day
                half term,2026-10-26,2026-10-30,October half term
                holiday,2026-02-30,2026-03-01,Nonsense
                holiday,"2026-12-19,2027-01-03,Christmas
                """));
        assertThat(parsed.rows()).extracting(TermCalendarRules.Row::line, row -> row.period().kind(), row -> row.period().firstDay())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, Kind.TERM, LocalDate.of(2026, 9, 1)),
                        org.assertj.core.groups.Tuple.tuple(4L, Kind.TRAINING_DAY, LocalDate.of(2026, 10, 23)));
        assertThat(parsed.rows().get(1).period().lastDay()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(parsed.problems()).extracting(ImportReport.Problem::line, ImportReport.Problem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "\"half term\" is not a kind of period: write term, holiday, training day or closure"),
                org.assertj.core.groups.Tuple.tuple(6L, "\"2026-02-30\" is not a date: write it like 2026-09-01 or 01/09/2026"),
                org.assertj.core.groups.Tuple.tuple(7L, "The line cannot be read as CSV (an unclosed quote?)"));
    }

    @Test
    void a_file_without_the_header_or_far_too_big_is_refused_as_a_whole() {
        assertThat(TermCalendarCsv.parse(in("term,2026-09-01,2026-12-18,Autumn term\n")).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).startsWith("The first line must name the columns kind,from,to,name"));
        assertThat(TermCalendarCsv.parse(in("")).problems()).extracting(ImportReport.Problem::reason).containsExactly("The file is empty");
        assertThat(TermCalendarCsv.parse(in("kind,from,to,name\n" + "x".repeat(TermCalendarCsv.MAX_BYTES))).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).startsWith("The file is larger than 64 KB"));
    }

    @Test
    void a_calendar_written_out_reads_back_the_same() {
        var again = TermCalendarCsv.parse(in(TermCalendarCsv.write(DEMO.periods())));
        assertThat(again.problems()).isEmpty();
        assertThat(again.rows()).extracting(TermCalendarRules.Row::period).containsExactlyElementsOf(DEMO.periods());
    }

    @Test
    void school_years_are_read_and_named_as_gov_uk_does() {
        assertThat(SchoolYear.parse("2026-27")).contains(YEAR);
        assertThat(SchoolYear.parse("2026/2027")).contains(YEAR);
        assertThat(SchoolYear.parse("2026 to 2027")).contains(YEAR);
        assertThat(SchoolYear.parse("2026-28")).isEmpty();
        assertThat(SchoolYear.of(LocalDate.of(2027, 8, 31))).isEqualTo(YEAR);
        assertThat(SchoolYear.of(LocalDate.of(2026, 9, 1))).isEqualTo(YEAR);
        assertThat(YEAR).hasToString("2026 to 2027");
    }

    static List<ImportReport.Problem> problems(String csv) {
        var parsed = TermCalendarCsv.parse(in(csv));
        assertThat(parsed.problems()).isEmpty();
        return TermCalendarRules.problems(YEAR, parsed.rows());
    }

    static InputStream in(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
