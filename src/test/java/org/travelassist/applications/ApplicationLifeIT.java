package org.travelassist.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestEvents;
import org.travelassist.TestMailServer;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.WorkingDays;
import org.travelassist.shared.GovukDates;

/** An application's whole life through the services, with the mail it sends and the letters it writes. */
@IntegrationTest
class ApplicationLifeIT {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;
    @Autowired TestEvents.Recorder events;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
        clock.reset();
    }

    @Test
    void a_family_applies_an_officer_decides_and_the_family_challenges_it_at_both_stages() throws Exception {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        AppUser parent = TestUsers.current();
        UUID id = applications.start(child);
        assertThat(applications.start(child)).as("one draft per child").isEqualTo(id);
        ApplicationFixtures.answerEverything(applications, id);
        applications.addEvidence(id, "gp-letter.pdf", ApplicationFixtures.PDF);

        ApplicationDetails sent = applications.submit(id, true);
        assertThat(sent.reference()).matches("TA-" + GovukDates.today(clock).getYear() + "-\\d{6}");
        assertThat(sent.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(sent.decisionDue()).isEqualTo(WorkingDays.plusWorkingDays(GovukDates.today(clock), 20));
        assertThat(sent.eligibility()).as("entitlement stored with the application").isNotNull();
        assertThat(sent.eligibility().question().senDisabilityOrMobility()).isTrue();
        assertThat(sent.eligibility().school().urn()).isEqualTo("990001");
        assertThat(applications.submit(id, true).reference()).as("sending twice sends once").isEqualTo(sent.reference());
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, parent.id());
        assertThat(TestMailServer.awaitMailTo(email, sent.reference())).contains("We have received your application");

        AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(casework.queue(QueueItem.Filter.all())).extracting(QueueItem::reference).contains(sent.reference());
        casework.assignToMe(id);
        assertThat(casework.queue(new QueueItem.Filter(null, "catmose", false, true, true))).extracting(QueueItem::id).containsExactly(id);
        casework.requestInformation(id, "Please send the letter from the paediatrician");
        assertThatThrownBy(() -> casework.decide(id, eligible())).isInstanceOf(InvalidApplicationException.class);

        TestUsers.actAs(parent);
        assertThat(applications.application(id).status()).isEqualTo(ApplicationStatus.INFORMATION_NEEDED);
        applications.addEvidence(id, "paediatrician.pdf", ApplicationFixtures.PDF);
        applications.answerInformationRequest(id, "Attached is the letter from Dr Patel");
        assertThat(applications.application(id).status()).isEqualTo(ApplicationStatus.BEING_ASSESSED);

        TestUsers.actAs(officer);
        var assessed = casework.assess(id, true, "Cannot walk 400 m without distress (paediatrician's letter)", null, "");
        assertThat(assessed.eligibility().met(EligibilityResult.Category.A)).isTrue();
        var decided = casework.decide(id, eligible());
        assertThat(decided.status()).isEqualTo(ApplicationStatus.DECIDED);
        String letter = text(casework.letter(id, decided.letters().getFirst().id()));
        assertThat(letter)
                .contains("Noor Hussain is eligible for free travel to Catmose College")
                .contains("Why we made this decision").contains("Cannot walk safely")
                .contains("The route we measured").contains("miles").contains("How we measured it")
                .contains("ask for a review by " + GovukDates.day(decided.decision().reviewBy()))
                .contains("20 working days");

        TestUsers.actAs(parent);
        assertThat(applications.application(id).canAskForReview()).isTrue();
        applications.requestReview(id, "The route along the A606 has no pavement");
        AppUser senior = TestUsers.newStaff(directory, "SeniorTransportOfficer");
        var reviewed = casework.decideReview(id, ChallengeOutcome.UPHELD, "The route was assessed as available; the offer stands");
        assertThat(text(casework.letter(id, reviewed.letters().getLast().id())))
                .contains("How the review was carried out").contains("appeal by " + GovukDates.day(reviewed.appealBy()));

        TestUsers.actAs(parent);
        applications.requestAppeal(id, "We still disagree about the route");
        TestUsers.actAs(officer);
        LocalDate hearing = WorkingDays.plusWorkingDays(GovukDates.today(clock), 30);
        var arranged = casework.arrangeHearing(id, hearing, HearingMode.REMOTE);
        assertThat(arranged.appeal().evidenceBy()).isEqualTo(WorkingDays.minusWorkingDays(hearing, 10));
        assertThat(arranged.appeal().outcomeBy()).isEqualTo(WorkingDays.plusWorkingDays(hearing, 5));
        assertThatThrownBy(() -> casework.recordAppealOutcome(id, ChallengeOutcome.UPHELD, "Dismissed"))
                .as("the officer who decided cannot record the panel's decision").hasMessageContaining("earlier stage");
        TestUsers.actAs(senior);
        assertThatThrownBy(() -> casework.recordAppealOutcome(id, ChallengeOutcome.UPHELD, "Dismissed"))
                .as("nor can the reviewer").hasMessageContaining("earlier stage");
        TestUsers.newStaff(directory, "TransportOfficer");
        var final_ = casework.recordAppealOutcome(id, ChallengeOutcome.UPHELD, "The council applied its policy correctly");
        assertThat(final_.status()).isEqualTo(ApplicationStatus.APPEAL_DECIDED);
        assertThat(text(casework.letter(id, final_.letters().getLast().id())))
                .contains("Local Government and").contains("12 months");
        assertThat(final_.timeline()).extracting(ApplicationDetails.Event::title).contains("Application sent", "More information needed",
                "Information sent", "Decided: eligible", "Review requested", "Appeal requested", "Appeal dismissed");
    }

    @Test
    void the_officer_who_decided_cannot_review_and_the_family_cannot_ask_after_the_deadline() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        AppUser parent = TestUsers.current();
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.submit(id, true);
        AppUser senior = TestUsers.newStaff(directory, "SeniorTransportOfficer");
        var decided = casework.decide(id, Decision.notEligible("The school is 1.2 miles away, under the limit"));

        TestUsers.actAs(parent);
        applications.requestReview(id, "Please think again");
        TestUsers.actAs(senior);
        assertThatThrownBy(() -> casework.decideReview(id, ChallengeOutcome.UPHELD, "Upheld")).hasMessageContaining("another senior officer");
        TestUsers.newStaff(directory, "TransportOfficer");
        assertThatThrownBy(() -> casework.decideReview(id, ChallengeOutcome.UPHELD, "Upheld"))
                .as("only senior officers review").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        UUID second = ApplicationFixtures.parentWithChild(directory, households);
        AppUser otherParent = TestUsers.current();
        UUID late = applications.start(second);
        ApplicationFixtures.answerEverything(applications, late);
        applications.submit(late, true);
        TestUsers.newStaff(directory, "TransportOfficer");
        var lateDecision = casework.decide(late, Decision.notEligible("Under the distance limit"));
        TestUsers.actAs(otherParent);
        clock.moveTo(lateDecision.decision().reviewBy().plusDays(1).atTime(12, 0).atZone(GovukDates.LONDON).toInstant());
        assertThat(applications.application(late).canAskForReview()).isFalse();
        assertThatThrownBy(() -> applications.requestReview(late, "Too late")).hasMessageContaining("no longer ask for a review");
    }

    @Test
    void a_case_page_left_open_during_a_review_cannot_ask_for_information_or_assess_and_the_review_goes_on() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        AppUser parent = TestUsers.current();
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.submit(id, true);
        AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
        casework.assignToMe(id);
        casework.decide(id, eligible());
        // The officer's case page still shows "Ask the family" and "Save the assessment" from before the decision.
        TestUsers.actAs(parent);
        applications.requestReview(id, "The route along the A606 has no pavement");

        TestUsers.actAs(officer);
        assertThatThrownBy(() -> casework.requestInformation(id, "Please send the route photos"))
                .isInstanceOf(InvalidApplicationException.class)
                .hasMessage("You cannot ask the family for more information now: this application is \"Review requested\". "
                        + "Reload the page to see where it is.");
        assertThatThrownBy(() -> casework.assess(id, null, "", true, "Unsafe crossing"))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("You cannot record an assessment now");
        assertThatThrownBy(() -> casework.decide(id, eligible()))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("You cannot decide the application now");

        var file = casework.caseFile(id);
        assertThat(file.status()).isEqualTo(ApplicationStatus.REVIEW_REQUESTED);
        assertThat(file.informationRequests()).as("no request was recorded").isEmpty();
        assertThat(file.review()).isNotNull();
        TestUsers.newStaff(directory, "SeniorTransportOfficer");
        assertThat(casework.decideReview(id, ChallengeOutcome.CHANGED, "The crossing is unsafe; the decision changes").status())
                .as("the family's review is still there to decide").isEqualTo(ApplicationStatus.REVIEW_DECIDED);
    }

    @Test
    void a_decision_and_the_revised_offer_after_a_review_publish_application_decided_with_the_facts() throws Exception {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        AppUser parent = TestUsers.current();
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.submit(id, true);
        AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(id, Decision.notEligible("Catmose College is under the walking distance"));

        var first = events.of(ApplicationDecided.class).stream().filter(e -> e.applicationId().equals(id)).toList();
        assertThat(first).singleElement().satisfies(event -> {
            assertThat(event.occasion()).isEqualTo(ApplicationDecided.Occasion.DECISION);
            assertThat(event.eligible()).isFalse();
            assertThat(event.offers()).isEmpty();
            assertThat(event.reference()).matches("TA-" + GovukDates.today(clock).getYear() + "-\\d{6}");
            assertThat(event.childId()).isEqualTo(child);
            assertThat(event.householdId()).isEqualTo(casework.caseFile(id).householdId());
            assertThat(event.schoolUrn()).isEqualTo("990001");
            assertThat(event.schoolName()).isEqualTo("Catmose College");
            assertThat(event.decidedOn()).isEqualTo(GovukDates.today(clock));
            assertThat(event.decidedBy()).isEqualTo(officer.id());
            assertThat(event.distances().walkingMetres()).isPositive();
            assertThat(event.distances().measuredTo()).isEqualTo("Catmose College");
            assertThat(event.distances().method()).isNotBlank();
            assertThat(event.distances().policyVersion()).isNotBlank();
        });
        assertThatThrownBy(() -> casework.recordRevisedOffer(id, eligibleForMileage()))
                .as("nothing to revise before a review").hasMessageContaining("You cannot record the revised offer now");

        TestUsers.actAs(parent);
        applications.requestReview(id, "The only walking route has no pavement");
        AppUser senior = TestUsers.newStaff(directory, "SeniorTransportOfficer");
        casework.decideReview(id, ChallengeOutcome.CHANGED, "The route is unsafe: the decision changes");
        TestUsers.actAs(officer);
        assertThat(casework.caseFile(id).review().awaitsRevisedOffer()).isTrue();
        assertThatThrownBy(() -> casework.recordRevisedOffer(id, new Decision(null, null, Set.of(), "Unsafe route")))
                .as("no outcome chosen").hasMessageContaining("Choose whether the child is eligible");
        var revised = casework.recordRevisedOffer(id, eligibleForMileage());

        assertThat(revised.review().revised().summary()).isEqualTo("Eligible, category B, a mileage allowance");
        assertThat(revised.status()).isEqualTo(ApplicationStatus.REVIEW_DECIDED);
        assertThat(revised.canAppeal()).as("the family can still appeal").isTrue();
        assertThat(text(casework.letter(id, revised.letters().getLast().id())))
                .contains("Your revised offer after the review").contains("mileage allowance").contains("appeal by");
        assertThat(revised.timeline()).extracting(ApplicationDetails.Event::title).contains("Revised offer recorded");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'Challenge' and after_state ->> 'revisedOffers' = 'MILEAGE_ALLOWANCE'",
                Integer.class)).as("audited").isPositive();
        assertThatThrownBy(() -> casework.recordRevisedOffer(id, eligibleForMileage())).hasMessageContaining("already been recorded");

        var all = events.of(ApplicationDecided.class).stream().filter(e -> e.applicationId().equals(id)).toList();
        assertThat(all).hasSize(2);
        assertThat(all.getLast()).satisfies(event -> {
            assertThat(event.occasion()).isEqualTo(ApplicationDecided.Occasion.REVISED_AFTER_REVIEW);
            assertThat(event.eligible()).isTrue();
            assertThat(event.category()).isEqualTo(EligibilityResult.Category.B);
            assertThat(event.offers()).containsExactly(Offer.MILEAGE_ALLOWANCE);
            assertThat(event.decidedBy()).isEqualTo(officer.id());
            assertThat(event.distances().walkingMetres()).isEqualTo(all.getFirst().distances().walkingMetres());
        });
        assertThat(senior.id()).isNotEqualTo(officer.id());
    }

    static Decision eligibleForMileage() {
        return Decision.eligible(EligibilityResult.Category.B, Set.of(Offer.MILEAGE_ALLOWANCE), "The walking route is unsafe.");
    }

    @Test
    void the_queue_flags_special_educational_needs_the_family_described_without_an_ehc_plan() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.saveAnswer(id, ApplicationQuestions.EHC_PLAN, "none");
        applications.saveAnswer(id, ApplicationQuestions.NEEDS, "Cerebral palsy: uses a walking frame");
        applications.submit(id, true);
        TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(casework.queue(new QueueItem.Filter(null, null, false, true, false))).extracting(QueueItem::id).contains(id);
    }

    @Test
    void a_second_application_for_a_child_is_refused_while_the_first_is_with_the_council() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        String reference = applications.submit(id, true).reference();
        assertThatThrownBy(() -> applications.start(child)).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("already has an application with the council, " + reference + " (received)");
        applications.withdraw(id);
        assertThat(applications.start(child)).as("after withdrawing, a new one can start").isNotEqualTo(id);
    }

    static Decision eligible() {
        return Decision.eligible(EligibilityResult.Category.A, Set.of(Offer.PERSONAL_TRANSPORT_BUDGET),
                "Cannot walk safely to school because of autism, as the paediatrician's letter explains.");
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
