package org.travelassist.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.eligibility.EligibilityQuestion.Sex;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.eligibility.SchoolMark;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** What an application adds to the rules: the school the EHC plan names, and the officer's findings about schools. */
@IntegrationTest
class SchoolSuitabilityIT {

    static final String CATMOSE_COLLEGE = "990001";
    static final String CASTERTON_COLLEGE = "137340";
    static final String UPPINGHAM_COMMUNITY_COLLEGE = "136629";

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
    }

    UUID sent(String school, String ehcPlan) {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.saveAnswer(id, ApplicationQuestions.SCHOOL, school);
        applications.saveAnswer(id, ApplicationQuestions.EHC_PLAN, ehcPlan);
        applications.submit(id, true);
        TestUsers.newStaff(directory, "TransportOfficer");
        return id;
    }

    @Test
    void the_school_a_final_ehc_plan_names_reaches_the_rules_and_the_result_is_written_for_the_officer() {
        var named = casework.caseFile(sent(CATMOSE_COLLEGE, ApplicationQuestions.FINAL_PLAN_NAMES_SCHOOL)).eligibility();
        assertThat(named.question().ehcpNamedSchoolUrns()).containsExactly(CATMOSE_COLLEGE);
        assertThat(named.schoolsConsidered()).filteredOn(s -> s.urn().equals(CASTERTON_COLLEGE)).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("Not named in the child's EHC plan."));
        assertThat(named.summary()).startsWith("The child may be eligible for free travel to Catmose College");

        var other = casework.caseFile(sent(CATMOSE_COLLEGE, ApplicationQuestions.FINAL_PLAN_NAMES_OTHER));
        assertThat(other.hasEhcPlan()).isTrue();
        assertThat(other.eligibility().question().ehcpNamedSchoolUrns()).as("the plan names a school we do not know").isEmpty();
    }

    @Test
    void a_nearer_school_marked_as_having_no_place_moves_the_rules_to_the_school_applied_for_and_the_reason_is_kept() {
        // From Oakham (LE15 7HY), Catmose College is nearest and Uppingham Community College next.
        UUID id = sent(UPPINGHAM_COMMUNITY_COLLEGE, "none");
        var before = casework.caseFile(id).eligibility();
        assertThat(before.met(Category.C)).isFalse();
        assertThat(before.categories().stream().filter(c -> c.category() == Category.C).findFirst().orElseThrow().reason())
                .startsWith("Catmose College is nearer");

        var mark = new SchoolMark(CATMOSE_COLLEGE, SchoolMark.Kind.NO_PLACE_AVAILABLE, "Year 8 was full when the family moved in May");
        var after = casework.recordSchoolSuitability(id, Sex.GIRL, null, List.of(mark)).eligibility();
        assertThat(after.met(Category.C)).isTrue();
        assertThat(after.question().sex()).isEqualTo(Sex.GIRL);
        assertThat(after.schoolsConsidered()).filteredOn(s -> s.urn().equals(CATMOSE_COLLEGE)).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("No place available, the council found: Year 8 was full when the family moved in May."));
        assertThat(casework.schoolSuitability(id).marks()).containsExactly(mark);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'SchoolSuitability' and household_id = ?",
                Integer.class, casework.caseFile(id).householdId())).isEqualTo(1);

        var reassessed = casework.assess(id, null, "", null, "");
        assertThat(reassessed.eligibility().question().schoolMarks()).as("kept when the officer assesses again").containsExactly(mark);
        assertThat(casework.routeCheck(id).result().met(Category.C)).isTrue();

        assertThatThrownBy(() -> casework.recordSchoolSuitability(id, null, null, List.of(mark, mark)))
                .isInstanceOf(InvalidApplicationException.class).hasMessage("Mark each school once");
    }
}
