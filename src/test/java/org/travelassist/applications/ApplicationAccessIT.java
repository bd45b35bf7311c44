package org.travelassist.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.accounts.InvalidCodeException;
import org.travelassist.accounts.TravelPassportForm;
import org.travelassist.accounts.TravelPassports;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/**
 * Every family-side method, tried by a parent of another household and by advisers without consent, outside its
 * scope, after it expired and after it was withdrawn: each is refused and audited. Then what consent allows,
 * recorded "on behalf of" the family.
 */
@IntegrationTest
class ApplicationAccessIT {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AdviserConsents consents;
    @Autowired TravelPassports passports;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
        clock.reset();
    }

    /** Each family-side call on one application and child, by name, with the least scope it needs. */
    private Map<String, Consumer<Target>> calls() {
        return Map.ofEntries(
                Map.entry("applicationsOf", t -> applications.applicationsOf(t.household)),
                Map.entry("application", t -> applications.application(t.application)),
                Map.entry("child", t -> applications.child(t.application)),
                Map.entry("start", t -> applications.start(t.child)),
                Map.entry("saveAnswer", t -> applications.saveAnswer(t.application, ApplicationQuestions.HOME, "yes")),
                Map.entry("addEvidence", t -> applications.addEvidence(t.application, "x.pdf", ApplicationFixtures.PDF)),
                Map.entry("removeEvidence", t -> applications.removeEvidence(t.application, t.evidence)),
                Map.entry("evidence", t -> applications.evidence(t.application, t.evidence)),
                Map.entry("submit", t -> applications.submit(t.application, true)),
                Map.entry("answerInformationRequest", t -> applications.answerInformationRequest(t.application, "Answer")),
                Map.entry("withdraw", t -> applications.withdraw(t.application)),
                Map.entry("requestReview", t -> applications.requestReview(t.application, "Why")),
                Map.entry("requestAppeal", t -> applications.requestAppeal(t.application, "Why")),
                Map.entry("childrenOf", t -> households.childrenOf(t.household)),
                Map.entry("passport", t -> passports.passport(t.child)),
                Map.entry("savePassport", t -> passports.save(t.child, TravelPassportForm.empty())),
                Map.entry("passportPdf", t -> passports.pdf(t.child)));
    }

    record Target(UUID household, UUID child, UUID application, UUID evidence) {}

    private Target familyWithDraft() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        UUID application = applications.start(child);
        UUID evidence = applications.addEvidence(application, "gp.pdf", ApplicationFixtures.PDF).id();
        return new Target(households.child(child).householdId(), child, application, evidence);
    }

    @Test
    void a_parent_of_another_household_is_refused_every_method_and_each_refusal_is_audited() {
        Target target = familyWithDraft();
        AppUser stranger = TestUsers.newParent(directory);
        int before = refusals();
        calls().forEach((name, call) -> assertThatThrownBy(() -> call.accept(target)).as(name).isInstanceOf(AccessDeniedException.class));
        assertThat(refusals() - before).isGreaterThanOrEqualTo(calls().size());
        assertThat(stranger).isNotNull();
    }

    @Test
    void an_adviser_without_consent_outside_its_scope_after_expiry_or_after_revocation_is_refused() {
        Target target = familyWithDraft();
        AppUser parent = TestUsers.current();
        var invitation = consents.invite("placeholder@example.org", EnumSet.of(ConsentScope.VIEW), 12);
        assertThat(invitation.code()).hasSize(8);

        AppUser adviser = ApplicationFixtures.newAdviser(directory, jdbc);
        calls().forEach((name, call) -> assertThatThrownBy(() -> call.accept(target)).as("no consent: " + name)
                .isInstanceOf(AccessDeniedException.class));
        assertThatThrownBy(() -> consents.accept(invitation.code())).as("a code sent to another email address")
                .isInstanceOf(InvalidCodeException.class);

        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, adviser.id());
        TestUsers.actAs(parent);
        String code = consents.invite(email, EnumSet.of(ConsentScope.VIEW), 12).code();
        TestUsers.actAs(adviser);
        consents.accept(code);
        assertThatThrownBy(() -> consents.accept(code)).hasMessageContaining("already been used");
        assertThat(consents.families()).extracting(f -> f.householdId()).containsExactly(target.household);
        assertThatCode(() -> applications.application(target.application)).as("view is in scope").doesNotThrowAnyException();
        for (String name : new String[] {"start", "saveAnswer", "addEvidence", "submit", "withdraw", "requestReview", "savePassport"}) {
            assertThatThrownBy(() -> calls().get(name).accept(target)).as("view only: " + name).isInstanceOf(AccessDeniedException.class);
        }

        clock.advance(Duration.ofDays(367));
        assertThatThrownBy(() -> applications.application(target.application)).as("after 12 months").isInstanceOf(AccessDeniedException.class);
        assertThat(consents.families()).isEmpty();
        clock.reset();

        TestUsers.actAs(parent);
        consents.consents().forEach(consent -> consents.revoke(consent.id()));
        TestUsers.actAs(adviser);
        assertThatThrownBy(() -> applications.application(target.application)).as("after revocation").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_invitation_code_lasts_fourteen_days() {
        familyWithDraft();
        AppUser parent = TestUsers.current();
        AppUser adviser = ApplicationFixtures.newAdviser(directory, jdbc);
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, adviser.id());
        TestUsers.actAs(parent);
        String code = consents.invite(email, EnumSet.allOf(ConsentScope.class), 12).code();
        clock.advance(AdviserConsents.CODE_VALID.plusMinutes(1));
        TestUsers.actAs(adviser);
        assertThatThrownBy(() -> consents.accept(code)).hasMessageContaining("expired");
    }

    @Test
    void an_adviser_with_consent_prepares_and_sends_for_the_family_on_its_behalf() {
        Target target = familyWithDraft();
        AppUser parent = TestUsers.current();
        AppUser adviser = ApplicationFixtures.newAdviser(directory, jdbc);
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, adviser.id());
        TestUsers.actAs(parent);
        String code = consents.invite(email, EnumSet.of(ConsentScope.VIEW, ConsentScope.PREPARE, ConsentScope.SUBMIT), 12).code();
        TestUsers.actAs(adviser);
        consents.accept(code.substring(0, 4) + "-" + code.substring(4).toLowerCase());

        ApplicationFixtures.answerEverything(applications, target.application);
        var sent = applications.submit(target.application, true);
        assertThat(sent.timeline()).anySatisfy(event -> assertThat(event.detail()).contains("for the family"));
        assertThat(jdbc.queryForList("select on_behalf_of from audit_record where record_type = 'Application' and record_id = ? and actor_id = ?",
                UUID.class, target.application.toString(), adviser.id())).isNotEmpty().containsOnly(target.household);
        assertThatThrownBy(() -> applications.requestReview(target.application, "Why")).as("review is not in scope")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Set.of(ConsentScope.values())).as("no scope reaches bank details or budget agreements")
                .extracting(Enum::name).doesNotContain("BANK_DETAILS", "ACCEPT_BUDGET");
    }

    @Test
    void families_and_advisers_cannot_use_the_officers_casework() {
        Target target = familyWithDraft();
        ApplicationFixtures.answerEverything(applications, target.application);
        applications.submit(target.application, true);
        Map<String, Runnable> casework = Map.of(
                "queue", () -> this.casework.queue(QueueItem.Filter.all()),
                "caseFile", () -> this.casework.caseFile(target.application),
                "assignToMe", () -> this.casework.assignToMe(target.application),
                "requestInformation", () -> this.casework.requestInformation(target.application, "Why?"),
                "decide", () -> this.casework.decide(target.application, ApplicationLifeIT.eligible()),
                "decideReview", () -> this.casework.decideReview(target.application, ChallengeOutcome.UPHELD, "Upheld"),
                "letter", () -> this.casework.letter(target.application, UUID.randomUUID()));
        casework.forEach((name, call) -> assertThatThrownBy(call::run).as("parent: " + name).isInstanceOf(AccessDeniedException.class));
        ApplicationFixtures.newAdviser(directory, jdbc);
        casework.forEach((name, call) -> assertThatThrownBy(call::run).as("adviser: " + name).isInstanceOf(AccessDeniedException.class));
        TestUsers.newStaff(directory, "FinanceOfficer");
        casework.forEach((name, call) -> assertThatThrownBy(call::run).as("finance: " + name).isInstanceOf(AccessDeniedException.class));
    }

    private int refusals() {
        return jdbc.queryForObject("select count(*) from audit_record where action = 'REFUSED'", Integer.class);
    }
}
