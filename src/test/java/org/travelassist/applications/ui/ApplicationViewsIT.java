package org.travelassist.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.ApplicationService;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class ApplicationViewsIT extends BrowserlessViewTest {

    @Autowired ApplicationService applications;
    @Autowired HouseholdService households;

    private UUID draft() {
        TestUsers.newParent(directory);
        UUID child = households.addChild(UUID.randomUUID(),
                new ChildForm("Ada Lovelace", "10", "12", "2014", "1 High Street", "Oakham", "LE15 7HY", "", false)).id();
        return applications.start(child);
    }

    @Test
    void what_is_typed_is_saved_before_continue_so_a_closed_tab_loses_nothing() {
        UUID id = draft();
        QuestionView view = navigate("applications/" + id + "/question/" + ApplicationQuestions.NEEDS, QuestionView.class);
        assertThat(view.getPageTitle()).startsWith("Tell us about Ada's special educational needs");

        test((TextArea) view.field).setValue("Uses a wheelchair");
        assertThat(applications.application(id).answer(ApplicationQuestions.NEEDS)).as("saved without pressing Continue")
                .isEqualTo("Uses a wheelchair");

        QuestionView again = navigate("applications/" + id + "/question/" + ApplicationQuestions.NEEDS, QuestionView.class);
        assertThat(((TextArea) again.field).getValue()).isEqualTo("Uses a wheelchair");
    }

    @Test
    void continue_without_an_answer_shows_the_problem_and_stays_on_the_page() {
        UUID id = draft();
        QuestionView view = navigate("applications/" + id + "/question/" + ApplicationQuestions.FAMILY, QuestionView.class);
        test(view.next).click();
        assertThat(view.errors.messages()).containsValue("Tell us whether you or another adult could take your child to school");
        assertThat(view.getPageTitle()).startsWith("Error: ");
    }

    @Test
    void sending_without_the_declaration_is_refused_and_the_answers_stay() {
        UUID id = draft();
        CheckAnswersView view = navigate("applications/" + id + "/check", CheckAnswersView.class);
        test(view.send).click();
        assertThat(view.errors.messages()).containsValue("Confirm that the information you have given is correct");
        assertThat(view.errors.messages()).containsValue("Choose the school your child goes to or will go to");
        assertThat(view.send.isEnabled()).isTrue();
    }

    @Test
    void apply_is_not_offered_while_an_application_is_with_the_council_and_the_page_links_to_it() {
        UUID id = draft();
        UUID child = applications.application(id).childId();
        org.travelassist.applications.ApplicationFixtures.answerEverything(applications, id);
        String reference = applications.submit(id, true).reference();
        navigate("applications", ApplicationsView.class);
        assertThat($(com.vaadin.flow.component.button.Button.class).withId("apply-" + child).exists()).isFalse();
        var open = $(com.vaadin.flow.component.html.Paragraph.class).id("open-" + child);
        assertThat(open.getElement().getTextRecursively()).contains("already has an application with the council, " + reference)
                .contains("View " + reference);
    }

    @Test
    void another_household_and_an_officer_get_page_not_found_for_a_family_page() {
        UUID id = draft();
        TestUsers.newParent(directory);
        navigate("applications/" + id, NotFoundView.class);
        navigate("applications/" + id + "/question/school", NotFoundView.class);
        navigate("applications/not-an-id", NotFoundView.class);
        TestUsers.newStaff(directory, "TransportOfficer");
        navigate("applications/" + id, NotFoundView.class);
        navigate("officer/applications/" + id, NotFoundView.class);
    }
}
