package org.travelassist.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.eligibility.SchoolMark;
import org.travelassist.security.TestUsers;

class SchoolSuitabilityFormIT extends BrowserlessViewTest {

    static final String CATMOSE_COLLEGE = "990001";

    @Autowired ApplicationService applications;
    @Autowired HouseholdService households;
    @Autowired Casework casework;

    /** A 12-year-old in Langham whose family applies for Uppingham Community College; Catmose College is nearer. */
    UUID sentForUppingham() {
        TestUsers.newParent(directory);
        UUID child = households.addChild(UUID.randomUUID(),
                new ChildForm("Ada Lovelace", "10", "12", "2013", "1 High Street", "Oakham", "LE15 7HY", "", false)).id();
        UUID id = applications.start(child);
        applications.saveAnswer(id, ApplicationQuestions.SCHOOL, "136629");
        applications.saveAnswer(id, ApplicationQuestions.HOME, "yes");
        applications.saveAnswer(id, ApplicationQuestions.EHC_PLAN, "none");
        applications.saveAnswer(id, ApplicationQuestions.NEEDS, "None");
        applications.saveAnswer(id, ApplicationQuestions.WALKING, "yes");
        applications.saveAnswer(id, ApplicationQuestions.FAMILY, "We have no car");
        applications.saveAnswer(id, ApplicationQuestions.LOW_INCOME, "no");
        applications.submit(id, true);
        TestUsers.newStaff(directory, "TransportOfficer");
        return id;
    }

    static SchoolSuitabilityForm form(CaseView view) {
        return view.content.getChildren().filter(SchoolSuitabilityForm.class::isInstance).map(SchoolSuitabilityForm.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void an_officer_marks_the_nearer_school_full_with_a_reason_and_the_rules_look_further() {
        UUID id = sentForUppingham();
        CaseView view = navigate("officer/applications/" + id, CaseView.class);
        SchoolSuitabilityForm form = form(view);
        assertThat(form.findings).containsKey(CATMOSE_COLLEGE);

        test(form.findings.get(CATMOSE_COLLEGE)).selectItem(SchoolMark.Kind.NO_PLACE_AVAILABLE.label);
        test(form.save).click();
        assertThat(view.errors.messages()).containsValue("Give the reason Catmose College had no place");
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(casework.schoolSuitability(id).recordedBy()).as("nothing saved").isNull();

        test(form.reasons.get(CATMOSE_COLLEGE)).setValue("Year 8 was full when the family moved in May");
        test(form.save).click();
        assertThat(casework.schoolSuitability(id).marks()).extracting(SchoolMark::reason)
                .containsExactly("Year 8 was full when the family moved in May");
        assertThat(casework.caseFile(id).eligibility().met(Category.C)).isTrue();
        SchoolSuitabilityForm shownAgain = form(view);
        assertThat(shownAgain.findings.get(CATMOSE_COLLEGE).getValue()).isEqualTo(SchoolMark.Kind.NO_PLACE_AVAILABLE.name());
        assertThat(shownAgain.reasons.get(CATMOSE_COLLEGE).getValue()).isEqualTo("Year 8 was full when the family moved in May");
    }
}
