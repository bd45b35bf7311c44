package org.travelassist.schools.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.schools.SchoolYear;
import org.travelassist.schools.TermCalendars;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class TermDatesViewIT extends BrowserlessViewTest {

    static final String CASTERTON = "137340";
    static final SchoolYear YEAR = new SchoolYear(2026);

    @Autowired TermCalendars calendars;

    @AfterEach
    void backToTheCouncilCalendar() {
        TestUsers.newStaff(directory, "TransportOfficer");
        calendars.schoolsWithOwnCalendar(YEAR).forEach(urn -> calendars.removeOwnCalendar(urn, YEAR));
    }

    @Test
    void an_officer_reads_the_council_calendar_term_by_term_then_gives_a_school_its_own_and_takes_it_away() {
        TestUsers.newStaff(directory, "TransportOfficer");
        TermDatesView view = navigate(TermDatesView.class);
        view.year.setValue(YEAR);
        assertThat(text(view.calendar)).contains("The council's term dates for 2026 to 2027")
                .contains("Autumn term").contains("Tuesday 1 September 2026 to Friday 18 December 2026: 71 school days")
                .contains("October half term (holiday): Monday 26 October 2026 to Friday 30 October 2026")
                .contains("Training day: Friday 23 October 2026")
                .contains("After the last term").contains("Summer holidays (holiday): Thursday 22 July 2027 to Tuesday 31 August 2027");

        view.owner.setValue(owner(view));
        assertThat(text(view.calendar)).contains("Casterton College Rutland: term dates for 2026 to 2027")
                .contains("the council's standard calendar applies");
        assertThat(view.backToCouncil.isAttached()).isFalse();

        view.upload.check("casterton.csv", csv("""
                kind,from,to,name
                term,2026-09-03,2026-12-17,Michaelmas term
                holiday,2026-10-19,2026-10-30,Two-week half term
                """));
        assertThat(text(view.upload.report)).contains("Check the term dates in casterton.csv")
                .contains("Applying them gives Casterton College Rutland its own term dates for 2026 to 2027, in place of the council's.")
                .contains("Michaelmas term").contains("Two-week half term (holiday): Monday 19 October 2026 to Friday 30 October 2026");
        assertThat(calendars.ownCalendar(CASTERTON, YEAR)).isEmpty();

        test($(Button.class).id("apply-term-dates")).click();
        assertThat(calendars.ownCalendar(CASTERTON, YEAR)).isPresent();
        assertThat(text(view.calendar)).contains("The school's own term dates. Loaded from casterton.csv by Test staff").contains("Michaelmas term");
        assertThat(text(view.upload.report)).isEmpty();

        test(view.backToCouncil).click();
        assertThat(calendars.ownCalendar(CASTERTON, YEAR)).isEmpty();
        assertThat(text(view.calendar)).contains("the council's standard calendar applies").contains("Autumn term");
    }

    @Test
    void a_broken_or_overlapping_or_wrong_year_file_is_listed_by_line_and_cannot_be_applied() {
        TestUsers.newStaff(directory, "TransportOfficer");
        TermDatesView view = navigate(TermDatesView.class);
        view.year.setValue(YEAR);
        view.owner.setValue(owner(view));
        view.upload.check("wrong.csv", csv("""
                kind,from,to,name
                term,2025-09-03,2025-12-17,Autumn term
                holiday,2025-10-20,2025-10-31,Half term
                closure,2025-10-31,,Boiler
                half-term,2025-10-20,2025-10-31,Half term
                """));
        assertThat(text(view.upload.report)).contains("The file wrong.csv cannot be applied")
                .contains("Line 2: \"Autumn term\" (3 September 2025 to 17 December 2025) is not in the school year 2026 to 2027")
                .contains("Line 4: \"Boiler\" overlaps \"Half term\" on line 3")
                .contains("Line 5: \"half-term\" is not a kind of period")
                .contains("Nothing has changed.");
        assertThat($(Button.class).withId("apply-term-dates").all()).isEmpty();
        assertThat(calendars.ownCalendar(CASTERTON, YEAR)).isEmpty();
    }

    @Test
    void only_officers_open_the_page() {
        TestUsers.newStaff(directory, "SchoolStaff");
        navigate("officer/term-dates", NotFoundView.class);
        TestUsers.newParent(directory);
        navigate("officer/term-dates", NotFoundView.class);
    }

    private static CalendarOwner owner(TermDatesView view) {
        return view.owner.getListDataView().getItems().filter(o -> CASTERTON.equals(o.urn())).findFirst().orElseThrow();
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
