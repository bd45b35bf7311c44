package org.travelassist.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.ChallengeOutcome;
import org.travelassist.applications.ChallengeStage;
import org.travelassist.applications.Decision;
import org.travelassist.applications.HearingMode;
import org.travelassist.applications.InvalidApplicationException;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.EligibilityResult.Category;

/** The aggregate's methods, without Spring: each moves the status the table allows, and refuses and changes nothing otherwise. */
class ApplicationLifecycleTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final LocalDate LATER = LocalDate.of(2027, 1, 15);
    final UUID parent = UUID.randomUUID();
    final UUID officer = UUID.randomUUID();
    final UUID senior = UUID.randomUUID();
    final UUID clerk = UUID.randomUUID();

    @Test
    void an_application_goes_from_draft_to_the_panel_s_decision() {
        var application = submitted();
        application.assign(officer, "Olivia", NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.BEING_ASSESSED);
        var request = application.requestInformation("Send the GP letter", "Olivia", NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.INFORMATION_NEEDED);
        application.answerInformation(request, "Attached", NOW);
        assertThat(application.getStatus()).as("back to the officer who had it").isEqualTo(ApplicationStatus.BEING_ASSESSED);
        application.assess(true, "Cannot walk", null, null, "{}", NOW);
        application.decide(eligible(), officer, "Olivia", NOW, LATER);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(application.getDecisionOffers()).containsExactly(Offer.MILEAGE_ALLOWANCE);
        assertThat(application.getDecisionCategory()).isEqualTo(Category.C);

        var review = application.requestReview("The route is unsafe", parent, NOW, LATER);
        assertThat(review.getStage()).isEqualTo(ChallengeStage.REVIEW);
        assertThatThrownBy(() -> application.decideReview(review, ChallengeOutcome.UPHELD, "Stands", officer, "Olivia", NOW))
                .as("the officer who decided cannot review").hasMessageContaining("another senior officer");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REVIEW_REQUESTED);
        application.decideReview(review, ChallengeOutcome.UPHELD, "Stands", senior, "Sunil", NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REVIEW_DECIDED);
        assertThat(review.getOutcome()).isEqualTo(ChallengeOutcome.UPHELD);

        var appeal = application.appeal("Still unsafe", parent, NOW, LATER);
        application.arrangeHearing(appeal, LATER, HearingMode.REMOTE, LATER.minusDays(14), LATER.plusDays(7), NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.HEARING_ARRANGED);
        assertThatThrownBy(() -> application.decideAppeal(appeal, review, ChallengeOutcome.CHANGED, "Allowed", senior, "Sunil", NOW))
                .as("nor the reviewer the panel's decision").hasMessageContaining("earlier stage");
        application.decideAppeal(appeal, review, ChallengeOutcome.CHANGED, "Allowed", clerk, "Clerk", NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.APPEAL_DECIDED);
        assertThat(appeal.getOutcome().label(ChallengeStage.APPEAL)).isEqualTo("Allowed");
    }

    @Test
    void a_stale_page_cannot_ask_for_information_assess_or_decide_during_a_review() {
        var application = submitted();
        application.decide(eligible(), officer, "Olivia", NOW, LATER);
        application.requestReview("Please look again", parent, NOW, LATER);

        assertThatThrownBy(() -> application.requestInformation("Anything else?", "Olivia", NOW))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("\"Review requested\"");
        assertThatThrownBy(() -> application.assess(null, null, true, "Unsafe", "{}", NOW)).isInstanceOf(InvalidApplicationException.class);
        assertThatThrownBy(() -> application.decide(eligible(), officer, "Olivia", NOW, LATER)).isInstanceOf(InvalidApplicationException.class);
        assertThatThrownBy(() -> application.withdraw(parent, NOW)).isInstanceOf(InvalidApplicationException.class);
        assertThat(application.getStatus()).as("nothing moved it back to received").isEqualTo(ApplicationStatus.REVIEW_REQUESTED);
    }

    @Test
    void an_answer_goes_back_to_the_queue_when_nobody_has_the_case_and_only_an_open_request_can_be_answered() {
        var application = submitted();
        var request = application.requestInformation("Send the GP letter", "Olivia", NOW);
        application.answerInformation(request, "Attached", NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThatThrownBy(() -> application.answerInformation(request, "Again", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_sent_application_s_answers_cannot_change_and_a_withdrawn_one_stays_withdrawn() {
        var application = submitted();
        assertThatThrownBy(() -> application.answer("walking", "no", NOW)).isInstanceOf(InvalidApplicationException.class);
        application.withdraw(parent, NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(application.getWithdrawnAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> application.assign(officer, "Olivia", NOW)).isInstanceOf(InvalidApplicationException.class);
        assertThatThrownBy(() -> application.requestReview("Why", parent, NOW, LATER)).isInstanceOf(InvalidApplicationException.class);
    }

    @Test
    void offers_are_stored_as_names_and_read_back_as_a_set() {
        var converter = new OffersConverter();
        assertThat(converter.convertToDatabaseColumn(Set.of(Offer.TRAVEL_TRAINING, Offer.PERSONAL_TRANSPORT_BUDGET)))
                .isEqualTo("PERSONAL_TRANSPORT_BUDGET,TRAVEL_TRAINING");
        assertThat(converter.convertToEntityAttribute("PERSONAL_TRANSPORT_BUDGET,TRAVEL_TRAINING"))
                .containsExactlyInAnyOrder(Offer.PERSONAL_TRANSPORT_BUDGET, Offer.TRAVEL_TRAINING);
        assertThat(converter.convertToEntityAttribute("")).as("a refusal stored before the converter").isEmpty();
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
        assertThat(converter.convertToDatabaseColumn(Set.of())).isNull();
    }

    private Application submitted() {
        var application = new Application(UUID.randomUUID(), UUID.randomUUID(), "Noor Hussain", false, NOW);
        application.answer("walking", "yes", NOW);
        application.submit("TA-2026-000001", "{}", false, parent, NOW, LATER);
        return application;
    }

    static Decision eligible() {
        return Decision.eligible(Category.C, Set.of(Offer.MILEAGE_ALLOWANCE), "Over three miles");
    }
}
