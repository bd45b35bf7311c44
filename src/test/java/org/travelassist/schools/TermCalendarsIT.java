package org.travelassist.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.audit.AuditEntry;
import org.travelassist.audit.AuditTrail;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ImportReport;

/** The council's calendar as loaded at start-up, a school's own in its place, and who may change them. */
@IntegrationTest
class TermCalendarsIT {

    static final String CASTERTON = "137340";
    static final String CATMOSE = "990001";
    static final SchoolYear YEAR = new SchoolYear(2026);

    @Autowired TermCalendars calendars;
    @Autowired AppUserDirectory directory;
    @Autowired AuditTrail audit;

    @AfterEach
    void backToTheCouncilCalendar() {
        TestUsers.newStaff(directory, "TransportOfficer");
        for (String urn : calendars.schoolsWithOwnCalendar(YEAR)) {
            calendars.removeOwnCalendar(urn, YEAR);
        }
        TestUsers.signOut();
    }

    @Test
    void the_council_calendar_loaded_at_start_up_answers_for_every_school_without_its_own() {
        SchoolDays october = calendars.schoolDays(CASTERTON, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 2));
        assertThat(october.calendarKnown()).isTrue();
        assertThat(october.openDays()).containsExactly(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 21),
                LocalDate.of(2026, 10, 22), LocalDate.of(2026, 11, 2));
        assertThat(october.on(LocalDate.of(2026, 10, 23)).closedBecause()).isEqualTo("Training day");
        assertThat(october.on(LocalDate.of(2026, 10, 24)).closedBecause()).isEqualTo("Saturday");
        assertThat(october.on(LocalDate.of(2026, 10, 27)).closedBecause()).isEqualTo("October half term");
        assertThat(october.on(LocalDate.of(2026, 10, 27)).calendar()).isEqualTo("The council's term dates for 2026 to 2027");
        assertThat(calendars.councilCalendar(YEAR)).hasValueSatisfying(calendar ->
                assertThat(calendar.source()).isEqualTo("classpath:data/rutland/term-dates-2026-27-demo.csv"));
    }

    @Test
    void a_range_past_the_years_held_says_the_calendar_is_not_known() {
        SchoolDays days = calendars.schoolDays(CASTERTON, LocalDate.of(2027, 8, 30), LocalDate.of(2027, 9, 7));
        assertThat(days.calendarKnown()).isFalse();
        assertThat(days.on(LocalDate.of(2027, 8, 31)).calendarKnown()).isTrue();
        assertThat(days.on(LocalDate.of(2027, 9, 6)).open()).isFalse();
        assertThat(days.on(LocalDate.of(2027, 9, 6)).closedBecause()).isEqualTo("No term dates held for 2027 to 2028");
        assertThatThrownBy(() -> calendars.schoolDays(CASTERTON, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_officer_checks_a_school_calendar_then_applies_it_and_it_replaces_the_council_one_for_that_school_only() {
        TestUsers.newStaff(directory, "TransportOfficer");
        TermCalendarCheck checked = calendars.check(CASTERTON, YEAR, "casterton-2026-27.csv", csv("""
                kind,from,to,name
                term,2026-09-03,2026-12-17,Michaelmas term
                holiday,2026-10-19,2026-10-30,Two-week half term
                term,2027-01-05,2027-03-24,Lent term
                term,2027-04-13,2027-07-16,Trinity term
                """));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.calendarOf()).isEqualTo("Casterton College Rutland");
        assertThat(checked.replaces()).isNull();
        assertThat(calendars.ownCalendar(CASTERTON, YEAR)).isEmpty(); // checking changes nothing

        TermCalendar applied = calendars.apply(checked);
        assertThat(calendars.schoolDays(CASTERTON, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 19)).on(LocalDate.of(2026, 10, 19)))
                .satisfies(day -> {
                    assertThat(day.closedBecause()).isEqualTo("Two-week half term");
                    assertThat(day.calendar()).isEqualTo("The school's own term dates for 2026 to 2027");
                });
        assertThat(calendars.schoolDays(CATMOSE, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 19)).isOpen(LocalDate.of(2026, 10, 19))).isTrue();
        assertThat(audit.forRecord("TermCalendar", applied.id().toString())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CREATED");
            assertThat(entry.actorName()).isEqualTo("Test staff");
            assertThat(entry.after()).containsEntry("school", CASTERTON).containsEntry("schoolYear", "2026 to 2027")
                    .containsEntry("source", "casterton-2026-27.csv");
        });

        TermCalendarCheck again = calendars.check(CASTERTON, YEAR, "casterton-v2.csv", csv("kind,from,to,name\nterm,2026-09-03,2027-07-16,Whole year\n"));
        assertThat(again.replaces()).isEqualTo(applied);
        calendars.apply(again);
        assertThat(audit.forRecord("TermCalendar", applied.id().toString())).extracting(AuditEntry::action).containsExactly("CREATED", "DELETED");

        calendars.removeOwnCalendar(CASTERTON, YEAR);
        assertThat(calendars.calendarFor(CASTERTON, YEAR)).hasValueSatisfying(calendar -> assertThat(calendar.council()).isTrue());
    }

    @Test
    void a_broken_row_an_overlap_or_the_wrong_year_is_named_by_line_and_nothing_is_applied() {
        TestUsers.newStaff(directory, "TransportOfficer");
        TermCalendarCheck checked = calendars.check(CASTERTON, YEAR, "broken.csv", csv("""
                kind,from,to,name
                term,2026-09-03,2026-12-17,Autumn term
                holiday,2026-10-26,2026-10-30,Half term
                closure,2026-10-30,2026-11-02,Boiler
                term,2027-31-01,2027-03-24,Spring term
                term,2025-04-13,2025-07-16,Summer term
                """));
        assertThat(checked.canApply()).isFalse();
        assertThat(checked.problems()).extracting(ImportReport.Problem::line).containsExactly(4L, 5L, 6L);
        assertThat(checked.problems().get(0).reason()).isEqualTo("\"Boiler\" overlaps \"Half term\" on line 3");
        assertThat(checked.problems().get(1).reason()).startsWith("\"2027-31-01\" is not a date");
        assertThat(checked.problems().get(2).reason()).contains("is not in the school year 2026 to 2027");
        assertThatThrownBy(() -> calendars.apply(checked)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 4");
        assertThat(calendars.ownCalendar(CASTERTON, YEAR)).isEmpty();
    }

    @Test
    void only_officers_check_apply_or_remove_calendars() {
        TestUsers.newStaff(directory, "TransportOfficer");
        TermCalendarCheck checked = calendars.check(CASTERTON, YEAR, "ok.csv", csv("kind,from,to,name\nterm,2026-09-03,2027-07-16,Whole year\n"));
        for (var user : new Runnable[] {() -> TestUsers.newParent(directory), () -> TestUsers.newStaff(directory, "SchoolStaff"),
                () -> TestUsers.newStaff(directory, "FinanceOfficer")}) {
            user.run();
            assertThatThrownBy(() -> calendars.check(CASTERTON, YEAR, "x.csv", csv("kind,from,to,name\n"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> calendars.apply(checked)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> calendars.removeOwnCalendar(CASTERTON, YEAR)).isInstanceOf(AccessDeniedException.class);
            assertThat(calendars.schoolDays(CASTERTON, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 2)).isOpen(LocalDate.of(2026, 9, 2))).isTrue();
        }
        TestUsers.signOut();
        assertThat(calendars.calendarFor(CASTERTON, YEAR)).isPresent(); // published dates: readable signed out, as the checker is
        assertThat(calendars.ownCalendar(CASTERTON, YEAR)).isEmpty();
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
