package org.travelassist.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** What the audit trail must show besides changes to records: answers, letters, and officers reading a family's case. */
@IntegrationTest
class AuditGapsIT {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AdviserConsents consents;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
    }

    @Test
    void answers_by_the_parent_and_by_an_adviser_on_the_familys_behalf_are_audited() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        AppUser parent = TestUsers.current();
        UUID household = households.child(child).householdId();
        UUID id = applications.start(child);
        applications.saveAnswer(id, ApplicationQuestions.HOME, "yes");
        applications.saveAnswer(id, ApplicationQuestions.HOME, "yes");

        AppUser adviser = ApplicationFixtures.newAdviser(directory, jdbc);
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, adviser.id());
        TestUsers.actAs(parent);
        String code = consents.invite(email, EnumSet.of(ConsentScope.VIEW, ConsentScope.PREPARE), 12).code();
        TestUsers.actAs(adviser);
        consents.accept(code);
        applications.saveAnswer(id, ApplicationQuestions.FAMILY, "Mum works shifts from 7am");

        List<Map<String, Object>> answers = jdbc.queryForList("""
                select actor_id, on_behalf_of, before_state, after_state::text as after from audit_record
                where record_type = 'Application' and record_id = ? and action = 'CHANGED' order by id""", id.toString());
        assertThat(answers).as("the same answer saved twice is one change").hasSize(2);
        assertThat(answers.get(0)).containsEntry("actor_id", parent.id());
        assertThat((String) answers.get(0).get("after")).contains(ApplicationQuestions.HOME).contains("yes");
        assertThat(answers.get(1)).containsEntry("actor_id", adviser.id()).containsEntry("on_behalf_of", household);
        assertThat((String) answers.get(1).get("after")).contains("Mum works shifts from 7am");
    }

    @Test
    void an_answer_to_an_information_request_a_letter_and_an_officer_reading_the_case_and_its_evidence_are_audited() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        AppUser parent = TestUsers.current();
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        UUID evidence = applications.addEvidence(id, "gp-letter.pdf", ApplicationFixtures.PDF).id();
        applications.submit(id, true);

        AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
        casework.caseFile(id);
        casework.evidence(id, evidence);
        casework.requestInformation(id, "How far can Noor walk?");
        TestUsers.actAs(parent);
        applications.answerInformationRequest(id, "About 100 metres");
        TestUsers.actAs(officer);
        var decided = casework.decide(id, Decision.notEligible("Catmose College is within walking distance."));

        assertThat(jdbc.queryForList("select after_state ->> 'read' from audit_record where action = 'READ' and actor_id = ? order by id",
                String.class, officer.id())).containsExactly("case file", "evidence file " + decided.reference() + "-evidence-1.pdf");
        assertThat(jdbc.queryForObject("select after_state ->> 'answer' from audit_record where record_type = 'InformationRequest' "
                + "and actor_id = ?", String.class, parent.id())).isEqualTo("About 100 metres");
        assertThat(jdbc.queryForObject("select after_state ->> 'title' from audit_record where record_type = 'Letter' and record_id = ? "
                + "and action = 'CREATED' and actor_id = ?", String.class, decided.letters().getFirst().id().toString(), officer.id()))
                .isEqualTo("Decision letter");
    }
}
