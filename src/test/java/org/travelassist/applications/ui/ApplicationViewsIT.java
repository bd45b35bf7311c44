package org.travelassist.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.TestStatements;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.schools.School;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class ApplicationViewsIT extends BrowserlessViewTest {

    @Autowired ApplicationService applications;
    @Autowired HouseholdService households;
    @Autowired Casework casework;

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
    void a_question_page_reads_the_application_once_and_not_its_history() {
        UUID id = draft();
        TestStatements.reset();
        navigate("applications/" + id + "/question/" + ApplicationQuestions.NEEDS, QuestionView.class);
        List<String> statements = TestStatements.onThisThread();
        assertThat(statements).filteredOn(sql -> sql.contains(" from application ")).as("the application's row, once").hasSize(1);
        assertThat(statements).as("nothing of its history, which the page does not show").noneMatch(ApplicationViewsIT::readsHistory);
    }

    @Test
    void the_list_of_applications_reads_their_rows_and_not_their_histories() {
        UUID id = draft();
        TestStatements.reset();
        navigate("applications", ApplicationsView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class).id("application-" + id).getElement().getTextRecursively()).contains("Ada Lovelace");
        assertThat(TestStatements.onThisThread()).as("a list shows no history").isNotEmpty().noneMatch(ApplicationViewsIT::readsHistory);
    }

    @Test
    void the_confirmation_shows_the_reference_without_reading_the_history() {
        UUID id = draft();
        org.travelassist.applications.ApplicationFixtures.answerEverything(applications, id);
        String reference = applications.submit(id, true).reference();
        TestStatements.reset();
        navigate("applications/" + id + "/sent", ConfirmationView.class);
        assertThat($(com.vaadin.flow.component.html.Span.class).id("reference").getText()).isEqualTo(reference);
        assertThat(TestStatements.onThisThread()).isNotEmpty().noneMatch(ApplicationViewsIT::readsHistory);
    }

    private static boolean readsHistory(String sql) {
        return sql.matches("(?s).* from (challenge|information_request|evidence|application_event|letter) .*");
    }

    @Test
    void continue_without_an_answer_shows_the_problem_and_stays_on_the_page() {
        UUID id = draft();
        QuestionView view = navigate("applications/" + id + "/question/" + ApplicationQuestions.FAMILY, QuestionView.class);
        test(view.next).click();
        assertThat($(org.travelassist.shared.ui.ErrorSummary.class).single().messages()).containsValue("Tell us whether you or another adult could take your child to school");
        assertThat(view.getPageTitle()).startsWith("Error: ");
    }

    @Test
    void sending_without_the_declaration_is_refused_and_the_answers_stay() {
        UUID id = draft();
        CheckAnswersView view = navigate("applications/" + id + "/check", CheckAnswersView.class);
        test(view.send).click();
        assertThat($(org.travelassist.shared.ui.ErrorSummary.class).single().messages()).containsValue("Confirm that the information you have given is correct");
        assertThat($(org.travelassist.shared.ui.ErrorSummary.class).single().messages()).containsValue("Choose the school your child goes to or will go to");
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

    @Test
    void the_school_and_ehc_plan_already_in_the_childs_record_are_not_asked_again_empty() {
        TestUsers.newParent(directory);
        UUID child = households.addChild(UUID.randomUUID(),
                new ChildForm("Ada Lovelace", "10", "12", "2014", "1 High Street", "Oakham", "LE15 7HY", "catmose college", false)).id();
        UUID id = applications.start(child);

        QuestionView school = navigate("applications/" + id + "/question/" + ApplicationQuestions.SCHOOL, QuestionView.class);
        assertThat(((ComboBox<?>) school.field).getValue()).extracting(value -> ((School) value).urn()).isEqualTo("990001");
        test(school.next).click();
        assertThat(applications.application(id).answer(ApplicationQuestions.SCHOOL)).as("saved on continue").isEqualTo("990001");

        QuestionView plan = navigate("applications/" + id + "/question/" + ApplicationQuestions.EHC_PLAN, QuestionView.class);
        assertThat(((RadioButtonGroup<?>) plan.field).getValue()).isEqualTo(ApplicationQuestions.NO_PLAN);
    }

    @Test
    void typed_school_text_is_chosen_on_enter_when_one_school_matches_and_otherwise_kept_and_reported_on_continue() {
        UUID id = draft();
        QuestionView view = navigate("applications/" + id + "/question/" + ApplicationQuestions.SCHOOL, QuestionView.class);
        @SuppressWarnings("unchecked") var combo = (ComboBox<School>) view.field;

        typed(combo, "Catmose Coll");
        assertThat(combo.getValue().urn()).as("the one match is chosen").isEqualTo("990001");
        assertThat(applications.application(id).answer(ApplicationQuestions.SCHOOL)).as("saved without Continue").isEqualTo("990001");

        typed(combo, "Catmose");
        test(view.next).click();
        assertThat($(org.travelassist.shared.ui.ErrorSummary.class).single().messages().values()).containsExactly("More than one school matches \u201cCatmose\u201d: choose one from the list");
        assertThat(view.question.key()).isEqualTo(ApplicationQuestions.SCHOOL);
        assertThat(combo.isInvalid()).isTrue();

        typed(combo, "Hogwarts");
        test(view.next).click();
        assertThat($(org.travelassist.shared.ui.ErrorSummary.class).single().messages().values()).containsExactly("No school matches \u201cHogwarts\u201d: choose one from the list");
        assertThat(view.question.key()).isEqualTo(ApplicationQuestions.SCHOOL);

        typed(combo, "catmose college");
        test(view.next).click();
        assertThat(((QuestionView) getCurrentView()).question.key()).as("on to the next question")
                .isEqualTo(ApplicationQuestions.next(ApplicationQuestions.SCHOOL).orElseThrow().key());
        assertThat(applications.application(id).answer(ApplicationQuestions.SCHOOL)).isEqualTo("990001");
    }

    /** What the browser sends when text typed in the box is committed by Enter or Tab without choosing from the list. */
    private static void typed(ComboBox<School> combo, String text) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(combo, new ComboBox.CustomValueSetEvent<>(combo, true, text));
    }

    @Test
    void the_file_chooser_says_choose_file_as_on_gov_uk_not_drop_files_here() {
        UUID id = draft();
        EvidenceView view = navigate("applications/" + id + "/evidence", EvidenceView.class);
        assertThat(view.upload.upload.getI18n().getAddFiles().getOne()).isEqualTo("Choose file");
        assertThat(view.upload.upload.getI18n().getDropFiles().getOne()).isEqualTo("or drop a file here");
    }

    @Test
    void after_a_decision_the_tracker_says_what_help_and_what_happens_next_and_shows_what_was_sent() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        var parent = TestUsers.current();
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.submit(id, true);

        TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(id, Decision.eligible(Category.A, Set.of(Offer.MILEAGE_ALLOWANCE), "Cannot walk the route because of his needs"));
        TestUsers.actAs(parent);

        ApplicationView tracker = navigate("applications/" + id, ApplicationView.class);
        String help = find(tracker, "decision-help").getTextRecursively();
        assertThat(help).contains("A mileage allowance").contains(Offer.MILEAGE_ALLOWANCE.whatHappensNext)
                .contains("Read the decision letter for the full details");
        String sent = find(tracker, "what-you-sent").getTextRecursively();
        assertThat(sent).contains("What you sent").contains("Catmose College").contains("Autism; cannot cope with crowds")
                .contains("Evidence").contains("None sent");
    }

    private static Element find(Component view, String id) {
        return descendants(view.getElement()).filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElseThrow();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ApplicationViewsIT::descendants));
    }
}
