package org.travelassist.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.Casework;
import org.travelassist.applications.ChallengeOutcome;
import org.travelassist.applications.Decision;
import org.travelassist.security.AppUser;
import org.travelassist.security.TestUsers;

/** The officer's case page without a browser: the decision's choice and confirmation, the senior-only review, the hearing date. */
class CaseViewIT extends BrowserlessViewTest {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;

    private AppUser parent;

    private UUID sent() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        parent = TestUsers.current();
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.submit(id, true);
        return id;
    }

    private CaseView open(UUID id) {
        return navigate("officer/applications/" + id, CaseView.class);
    }

    @Test
    void a_decision_with_no_outcome_chosen_is_refused_and_nothing_is_sent() {
        UUID id = sent();
        TestUsers.newStaff(directory, "TransportOfficer");
        CaseView view = open(id);
        test(view.decision.reasons).setValue("Reasons typed, but no outcome chosen");
        test($(Button.class).id("decide")).click();

        assertThat(view.errors.messages()).containsValue("Choose whether the child is eligible or not eligible");
        assertThat(view.decision.confirmation.isVisible()).as("no summary to confirm").isFalse();
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(casework.caseFile(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(casework.caseFile(id).letters()).isEmpty();
    }

    @Test
    void the_officer_reads_what_the_letter_will_say_and_confirms_it_and_the_page_says_decision_sent() {
        UUID id = sent();
        TestUsers.newStaff(directory, "TransportOfficer");
        CaseView view = open(id);
        test(view.decision.outcome).selectItem("Not eligible");
        test(view.decision.reasons).setValue("The school is under the walking distance");
        test($(Button.class).id("decide")).click();
        assertThat(view.decision.confirmation.isVisible()).isTrue();
        assertThat($(Paragraph.class).id("decision-summary").getElement().getTextRecursively())
                .isEqualTo("Refuse: not eligible under any category");
        assertThat(view.decision.outcome.isReadOnly()).as("what is confirmed is what was checked").isTrue();

        test($(Button.class).id("change-decision")).click();
        test(view.decision.outcome).selectItem("Eligible");
        test(view.decision.category).selectItem("C: Beyond walking distance");
        test(view.decision.offers).selectItem("A mileage allowance");
        test($(Button.class).id("decide")).click();
        assertThat($(Paragraph.class).id("decision-summary").getElement().getTextRecursively())
                .isEqualTo("Eligible, category C, a mileage allowance");
        assertThat(casework.caseFile(id).status()).as("nothing is sent before the officer confirms").isEqualTo(ApplicationStatus.SUBMITTED);

        test($(Button.class).id("confirm-decision")).click();
        assertThat(casework.caseFile(id).status()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(view.done.isVisible()).isTrue();
        assertThat(view.done.getElement().getTextRecursively()).contains("Decision sent: Eligible, category C, a mileage allowance");
        assertThat($(Paragraph.class).id("decision-made").getElement().getTextRecursively()).startsWith("Eligible, category C, a mileage allowance");
        assertThat($(Button.class).withId("decide").exists()).isFalse();
    }

    @Test
    void an_eligible_decision_needs_a_category_and_an_offer() {
        UUID id = sent();
        TestUsers.newStaff(directory, "TransportOfficer");
        CaseView view = open(id);
        test(view.decision.outcome).selectItem("Eligible");
        view.decision.category.clear();
        test(view.decision.reasons).setValue("Over three miles");
        test($(Button.class).id("decide")).click();
        assertThat(view.errors.messages()).containsValues("Select the category the child is eligible under",
                "Select at least one thing the council offers");
    }

    @Test
    void only_a_senior_officer_who_did_not_decide_is_offered_the_review() {
        UUID id = sent();
        AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(id, Decision.notEligible("Under the walking distance"));
        TestUsers.actAs(parent);
        applications.requestReview(id, "The route has no pavement");

        TestUsers.actAs(officer);
        open(id);
        assertThat($(Paragraph.class).id("senior-only").getText()).contains("A senior officer who did not make the decision");
        assertThat($(Button.class).withId("decide-review").exists()).isFalse();
        assertThat($(Button.class).withId("ask-family").exists()).as("no request during a review").isFalse();
        assertThat($(Button.class).withId("save-assessment").exists()).isFalse();

        TestUsers.newStaff(directory, "SeniorTransportOfficer");
        CaseView senior = open(id);
        test($(TextArea.class).id("review-reasons")).setValue("Reasons, but no outcome chosen");
        test($(Button.class).id("decide-review")).click();
        assertThat(senior.errors.messages()).containsValue("Choose whether the review upholds or changes the decision");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ChallengeOutcome> outcome = $(RadioButtonGroup.class).id("review-outcome");
        test(outcome).selectItem("Change the decision");
        test($(Button.class).id("decide-review")).click();
        assertThat(casework.caseFile(id).status()).isEqualTo(ApplicationStatus.REVIEW_DECIDED);
        assertThat(senior.done.getElement().getTextRecursively()).contains("Review recorded and letter sent");
    }

    @Test
    void after_a_review_that_changed_the_decision_the_officer_records_the_revised_offer() {
        UUID id = sent();
        AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(id, Decision.notEligible("Under the walking distance"));
        TestUsers.actAs(parent);
        applications.requestReview(id, "The route has no pavement");
        TestUsers.newStaff(directory, "SeniorTransportOfficer");
        casework.decideReview(id, ChallengeOutcome.CHANGED, "The route is unsafe");

        TestUsers.actAs(officer);
        CaseView view = open(id);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Decision.Outcome> outcome = $(RadioButtonGroup.class).id("revised-outcome");
        test(outcome).selectItem("Eligible");
        @SuppressWarnings("unchecked")
        var category = (com.vaadin.flow.component.select.Select<org.travelassist.eligibility.EligibilityResult.Category>)
                $(com.vaadin.flow.component.select.Select.class).id("revised-category");
        test(category).selectItem("B: Unsafe walking route");
        @SuppressWarnings("unchecked")
        var offers = (com.vaadin.flow.component.checkbox.CheckboxGroup<org.travelassist.applications.Offer>)
                $(com.vaadin.flow.component.checkbox.CheckboxGroup.class).id("revised-offers");
        test(offers).selectItem("A bus or rail pass");
        test($(Button.class).id("record-revised-offer")).click();

        assertThat(view.done.getElement().getTextRecursively()).contains("Revised offer sent");
        assertThat($(Paragraph.class).id("revised-offer").getText()).startsWith("Eligible, category B, a bus or rail pass");
        assertThat($(Button.class).withId("record-revised-offer").exists()).isFalse();
    }

    @Test
    void a_hearing_date_that_does_not_exist_is_reported_at_the_field() {
        UUID id = sent();
        TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(id, Decision.notEligible("Under the walking distance"));
        TestUsers.actAs(parent);
        applications.requestReview(id, "The route has no pavement");
        TestUsers.newStaff(directory, "SeniorTransportOfficer");
        casework.decideReview(id, ChallengeOutcome.UPHELD, "The route was assessed as available");
        TestUsers.actAs(parent);
        applications.requestAppeal(id, "We still disagree");

        TestUsers.newStaff(directory, "TransportOfficer");
        CaseView view = open(id);
        view.appeal.hearingOn.setValue("31", "2", "2027");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<org.travelassist.applications.HearingMode> mode = $(RadioButtonGroup.class).id("hearing-mode");
        test(mode).selectItem("In person");
        test($(Button.class).id("arrange-hearing")).click();
        assertThat(view.errors.messages()).containsValue("Enter the hearing date as day, month and year");
        assertThat(casework.caseFile(id).status()).isEqualTo(ApplicationStatus.APPEAL_REQUESTED);
    }
}
