package org.travelassist.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** A child's application decided this school year, and what a new one for the child must say and may do. */
@IntegrationTest
class RepeatApplicationsIT {

    /** Casterton College Rutland: a different secondary school from the fixtures' Catmose College. */
    static final String OTHER_SCHOOL = "137340";

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
        clock.reset();
    }

    record Decided(UUID child, UUID id, String reference, AppUser parent) {}

    /** In the autumn term, so the school year runs on for months: a decided application for Catmose College. */
    private Decided decidedThisAutumn() {
        clock.moveTo(LocalDate.of(2026, 10, 5).atTime(10, 0).toInstant(ZoneOffset.UTC));
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        AppUser parent = TestUsers.current();
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        String reference = applications.submit(id, true).reference();
        TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(id, ApplicationLifeIT.eligible());
        TestUsers.actAs(parent);
        return new Decided(child, id, reference, parent);
    }

    @Test
    void a_plain_new_application_is_refused_after_a_decision_this_school_year_and_names_it() {
        Decided decided = decidedThisAutumn();
        clock.advance(Duration.ofDays(200)); // late April: the same school year
        assertThatThrownBy(() -> applications.start(decided.child())).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("Noor Hussain's application " + decided.reference() + " for Catmose College was decided on 5 October 2026")
                .hasMessageContaining("tell us why");
        assertThat(applications.decidedThisSchoolYear(decided.child())).get().extracting(ApplicationDetails::id).isEqualTo(decided.id());
        assertThatThrownBy(() -> applications.start(decided.child(), NewApplicationReason.OTHER, "  "))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("Tell us why this is a new application");
    }

    @Test
    void a_decision_in_the_last_school_year_does_not_block_a_plain_new_application() {
        Decided decided = decidedThisAutumn();
        clock.moveTo(LocalDate.of(2027, 9, 1).atTime(9, 0).toInstant(ZoneOffset.UTC));
        assertThat(applications.decidedThisSchoolYear(decided.child())).isEmpty();
        UUID again = applications.start(decided.child());
        ApplicationFixtures.answerEverything(applications, again);
        assertThat(applications.submit(again, true).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void having_moved_home_lets_the_same_school_be_applied_for_and_the_reason_is_stored_audited_and_shown_to_the_officer() {
        Decided decided = decidedThisAutumn();
        UUID again = applications.start(decided.child(), NewApplicationReason.MOVED_HOME, null);
        assertThat(jdbc.queryForObject("select new_reason from application where id = ?", String.class, again)).isEqualTo("MOVED_HOME");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'Application' and record_id = ? "
                + "and after_state ->> 'newReason' = 'MOVED_HOME'", Integer.class, again.toString())).isEqualTo(1);
        assertThat(applications.application(again).timeline()).anySatisfy(event -> assertThat(event.detail())
                .isEqualTo("New application after " + decided.reference() + ": We have moved home"));

        ApplicationFixtures.answerEverything(applications, again);
        String reference = applications.submit(again, true).reference();

        TestUsers.newStaff(directory, "TransportOfficer");
        RelatedApplications related = casework.related(again);
        assertThat(related.reasonLine()).isEqualTo("We have moved home");
        assertThat(related.others()).singleElement().satisfies(other -> {
            assertThat(other.reference()).isEqualTo(decided.reference());
            assertThat(other.status()).isEqualTo(ApplicationStatus.DECIDED);
            assertThat(other.decidedOn()).isEqualTo(LocalDate.of(2026, 10, 5));
            assertThat(other.schoolName()).isEqualTo("Catmose College");
        });
        assertThat(casework.related(decided.id()).others()).extracting(RelatedApplications.Related::reference).containsExactly(reference);
    }

    @Test
    void changing_school_is_refused_for_the_same_school_and_sent_for_another() {
        Decided decided = decidedThisAutumn();
        UUID again = applications.start(decided.child(), NewApplicationReason.CHANGING_SCHOOL, null);
        ApplicationFixtures.answerEverything(applications, again);
        assertThatThrownBy(() -> applications.submit(again, true)).isInstanceOf(InvalidApplicationException.class)
                .satisfies(e -> assertThat(((InvalidApplicationException) e).problems()).containsEntry(ApplicationQuestions.SCHOOL,
                        "Noor Hussain's application " + decided.reference() + " for Catmose College was decided on 5 October 2026. "
                                + "You can apply again for the same school this school year only if you have moved home. "
                                + "Choose another school, or ask for a review of that decision"));

        applications.saveAnswer(again, ApplicationQuestions.SCHOOL, OTHER_SCHOOL);
        assertThat(applications.submit(again, true).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThatThrownBy(() -> applications.start(decided.child(), NewApplicationReason.MOVED_HOME, null))
                .as("and while that one is open, nothing new starts, whatever the reason")
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("already has an application with the council");
    }

    @Test
    void another_reason_is_kept_with_its_words_and_still_needs_another_school() {
        Decided decided = decidedThisAutumn();
        UUID again = applications.start(decided.child(), NewApplicationReason.OTHER, "The first application named the wrong school");
        assertThat(jdbc.queryForObject("select new_reason_text from application where id = ?", String.class, again))
                .isEqualTo("The first application named the wrong school");
        ApplicationFixtures.answerEverything(applications, again);
        assertThatThrownBy(() -> applications.submit(again, true)).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("only if you have moved home");
    }
}
