package org.travelassist.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestMeasuringCalls;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.InvalidApplicationException;
import org.travelassist.applications.MeasuredBasis;
import org.travelassist.security.AppUser;
import org.travelassist.security.TestUsers;

/**
 * The case page draws the recommendation and the route from the basis kept at submission: opening it measures
 * nothing. Re-measuring is an officer's step, audited, and keeps a new basis.
 */
class MeasuredBasisIT extends BrowserlessViewTest {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    private AppUser parent;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private UUID sent() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        parent = TestUsers.current();
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.submit(id, true);
        return id;
    }

    @Test
    void opening_the_case_page_draws_the_kept_basis_and_measures_nothing() {
        UUID id = sent();
        TestUsers.newStaff(directory, "TransportOfficer");
        MeasuredBasis kept = casework.caseFile(id).basis();
        assertThat(kept).as("kept at submission").isNotNull();
        TestMeasuringCalls.reset();

        navigate("officer/applications/" + id, CaseView.class);

        assertThat(TestMeasuringCalls.onThisThread()).as("calls to the engine or the router while drawing the page").isZero();
        assertThat($(Paragraph.class).id("recommendation").getText()).isEqualTo(kept.summary());
        assertThat($(Paragraph.class).id("measured").getText()).contains("Policy " + kept.policyVersion());
    }

    @Test
    void re_measuring_keeps_a_new_basis_says_what_changed_and_is_audited() {
        UUID id = sent();
        TestUsers.newStaff(directory, "TransportOfficer");
        MeasuredBasis before = casework.caseFile(id).basis();
        clock.advance(Duration.ofHours(2));
        navigate("officer/applications/" + id, CaseView.class);
        TestMeasuringCalls.reset();

        test($(Button.class).id("remeasure")).click();

        assertThat(TestMeasuringCalls.onThisThread()).as("the engine and the router ran at the click").isPositive();
        MeasuredBasis after = casework.caseFile(id).basis();
        assertThat(after.measuredAt()).isAfter(before.measuredAt());
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText)).contains(after.changesSince(before));
        assertThat(casework.caseFile(id).timeline()).anyMatch(e -> e.title().equals("Re-measured"));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_record where record_type = 'Application' and record_id = ? and action = 'CHANGED'
                and after_state ->> 'measuredAt' = ?""", Integer.class, id.toString(), after.measuredAt().toString())).isEqualTo(1);
    }

    @Test
    void an_application_sent_before_bases_were_kept_offers_re_measure_and_then_shows_the_route() {
        UUID id = sent();
        jdbc.update("update application set measured_basis = null where id = ?", id);
        TestUsers.newStaff(directory, "TransportOfficer");
        navigate("officer/applications/" + id, CaseView.class);
        assertThat($(Paragraph.class).id("not-measured").getText()).contains("Re-measure");

        test($(Button.class).id("remeasure")).click();

        assertThat(casework.caseFile(id).basis()).isNotNull();
        assertThat($(Paragraph.class).id("recommendation").getText()).isEqualTo(casework.caseFile(id).basis().summary());
    }

    @Test
    void a_parent_cannot_re_measure_and_a_decided_case_keeps_its_basis() {
        UUID id = sent();
        TestUsers.actAs(parent);
        assertThatThrownBy(() -> casework.remeasure(id)).isInstanceOf(AccessDeniedException.class);

        TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(id, new Decision(Decision.Outcome.NOT_ELIGIBLE, null, Set.of(), "Under the walking distance"));
        MeasuredBasis decidedOn = casework.caseFile(id).basis();
        assertThatThrownBy(() -> casework.remeasure(id)).isInstanceOf(InvalidApplicationException.class);
        assertThat(casework.caseFile(id).basis()).isEqualTo(decidedOn);
    }
}
