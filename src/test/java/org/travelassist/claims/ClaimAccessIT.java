package org.travelassist.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.schools.SchoolStaff;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/**
 * Every claims method tried by a parent of another household, an adviser without consent or outside its scope,
 * school staff of another school, and the wrong role: each is refused. Then what each may do.
 */
@IntegrationTest
class ClaimAccessIT {

    @Autowired MileageAllowances allowances;
    @Autowired MileageClaims claims;
    @Autowired ClaimApprovals approvals;
    @Autowired ClaimReceipts receipts;
    @Autowired SchoolAttendance attendance;
    @Autowired SchoolStaff staff;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired HouseholdAccess access;
    @Autowired AdviserConsents consents;
    @Autowired BankAccounts bank;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;
    @Autowired org.springframework.context.ApplicationEventPublisher publisher;

    @BeforeEach
    void decideInDecember() {
        clock.moveTo(ClaimFixtures.DECIDED); // the days claimed here are in December 2026
    }

    @AfterEach
    void tidy() {
        TestUsers.signOut();
        clock.reset();
    }

    record Target(UUID household, UUID allowance, UUID claim) {}

    /** Each family-side call, by name. */
    private Map<String, Consumer<Target>> familyCalls() {
        return Map.ofEntries(
                Map.entry("allowancesOf", t -> allowances.allowancesOf(t.household)),
                Map.entry("allowance", t -> allowances.allowance(t.allowance)),
                Map.entry("route", t -> allowances.route(t.allowance)),
                Map.entry("accept", t -> allowances.accept(t.allowance)),
                Map.entry("bankDetailsHeld", t -> allowances.bankDetailsHeld(t.household)),
                Map.entry("claimsOf", t -> claims.claimsOf(t.household)),
                Map.entry("claim", t -> claims.claim(t.claim)),
                Map.entry("claimableMonths", t -> claims.claimableMonths(t.allowance)),
                Map.entry("claimablePeriods", t -> claims.claimablePeriods(t.allowance)),
                Map.entry("open", t -> claims.open(t.allowance, YearMonth.of(2026, 12))),
                Map.entry("calendar", t -> claims.calendar(t.claim)),
                Map.entry("preview", t -> claims.preview(t.claim, ClaimFixtures.both(ClaimsIT.DEC_2))),
                Map.entry("saveDraft", t -> claims.saveDraft(t.claim, ClaimFixtures.both(ClaimsIT.DEC_2), null)),
                Map.entry("send", t -> claims.send(t.claim, ClaimFixtures.both(ClaimsIT.DEC_2), null)),
                Map.entry("answerQuery", t -> claims.answerQuery(t.claim, "An answer")),
                Map.entry("addReceipt", t -> receipts.add(t.claim, "ticket.pdf", org.travelassist.applications.ApplicationFixtures.PDF)),
                Map.entry("receipts", t -> receipts.receipts(t.claim)),
                Map.entry("receiptContent", t -> receipts.content(t.claim, UUID.randomUUID())),
                Map.entry("removeReceipt", t -> receipts.remove(t.claim, UUID.randomUUID())));
    }

    private Map<String, Consumer<Target>> schoolCalls() {
        return Map.of(
                "schoolClaim", t -> attendance.claim(t.claim),
                "confirm", t -> attendance.confirm(t.claim, Set.of()));
    }

    private Map<String, Consumer<Target>> officerCalls() {
        return Map.of(
                "queue", t -> approvals.queue(ClaimApprovals.Filter.all()),
                "officerClaim", t -> approvals.claim(t.claim),
                "confirmInstead", t -> approvals.confirmAttendanceInstead(t.claim, Set.of()),
                "approve", t -> approvals.approve(List.of(t.claim)),
                "reject", t -> approvals.reject(t.claim, "No"),
                "query", t -> approvals.query(t.claim, "Why?"),
                "correct", t -> approvals.correct(t.claim, Set.of(), Map.of(), "Because"),
                "receiptsForOfficer", t -> receipts.receiptsForOfficer(t.claim),
                "receiptForOfficer", t -> receipts.contentForOfficer(t.claim, UUID.randomUUID()));
    }

    private Target familyWithDraft(ClaimFixtures.Family family) {
        AllowanceDetails allowance = ClaimFixtures.awaitAllowance(allowances, family.householdId());
        ClaimFixtures.giveBankDetails(bank, family.householdId());
        allowances.accept(allowance.id());
        clock.moveTo(ClaimFixtures.NEW_YEAR);
        return new Target(family.householdId(), allowance.id(), claims.open(allowance.id(), YearMonth.of(2026, 12)));
    }

    static AppUser newAdviser(AppUserDirectory directory, JdbcTemplate jdbc) {
        String email = "adviser-" + UUID.randomUUID() + "@sendias.example.org";
        jdbc.update("insert into registered_adviser (id, email, organisation, registered_at) values (?, ?, 'Test SENDIAS', now())",
                UUID.randomUUID(), email);
        return TestUsers.signIn(directory, "families", "adviser", email, Set.of());
    }

    @Test
    void another_household_an_adviser_without_consent_and_staff_roles_are_refused_every_family_call() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        Target target = familyWithDraft(family);

        TestUsers.newParent(directory);
        familyCalls().forEach((name, call) -> assertThatThrownBy(() -> call.accept(target)).as("stranger: " + name)
                .isInstanceOf(AccessDeniedException.class));
        newAdviser(directory, jdbc);
        familyCalls().forEach((name, call) -> assertThatThrownBy(() -> call.accept(target)).as("adviser without consent: " + name)
                .isInstanceOf(AccessDeniedException.class));
        TestUsers.newStaff(directory, "TransportOfficer");
        familyCalls().forEach((name, call) -> assertThatThrownBy(() -> call.accept(target)).as("officer: " + name)
                .isInstanceOf(AccessDeniedException.class));
        schoolCalls().forEach((name, call) -> assertThatThrownBy(() -> call.accept(target)).as("officer: " + name)
                .isInstanceOf(AccessDeniedException.class));
        TestUsers.actAs(family.parent());
        officerCalls().forEach((name, call) -> assertThatThrownBy(() -> call.accept(target)).as("parent: " + name)
                .isInstanceOf(AccessDeniedException.class));
        schoolCalls().forEach((name, call) -> assertThatThrownBy(() -> call.accept(target)).as("parent: " + name)
                .isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'REFUSED' and record_id in (?, ?, ?)",
                Integer.class, target.household().toString(), target.allowance().toString(), target.claim().toString()))
                .as("refusals audited").isPositive();
    }

    @Test
    void an_adviser_may_prepare_and_with_submit_send_a_claim_but_never_accept_the_allowance() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        AllowanceDetails allowance = ClaimFixtures.awaitAllowance(allowances, family.householdId());
        AppUser adviser = newAdviser(directory, jdbc);
        TestUsers.actAs(family.parent());
        String code = consents.invite(jdbcEmail(adviser), EnumSet.of(ConsentScope.VIEW, ConsentScope.PREPARE), 12).code();
        TestUsers.actAs(adviser);
        consents.accept(code);

        assertThatThrownBy(() -> allowances.accept(allowance.id())).as("never an adviser").isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(family.parent());
        ClaimFixtures.giveBankDetails(bank, family.householdId());
        allowances.accept(allowance.id());
        clock.moveTo(ClaimFixtures.NEW_YEAR);

        TestUsers.actAs(adviser);
        UUID draft = claims.open(allowance.id(), YearMonth.of(2026, 12));
        assertThat(claims.saveDraft(draft, ClaimFixtures.both(ClaimsIT.DEC_2, ClaimsIT.DEC_3), "Prepared with the family").days()).hasSize(2);
        assertThatThrownBy(() -> claims.send(draft, ClaimFixtures.both(ClaimsIT.DEC_2), null)).as("sending needs the submit scope")
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(family.parent());
        assertThat(claims.send(draft, ClaimFixtures.both(ClaimsIT.DEC_2, ClaimsIT.DEC_3), null).status()).isEqualTo(ClaimStatus.SENT);
    }

    @Test
    void school_staff_see_and_confirm_only_their_own_schools_claims() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        Target target = familyWithDraft(family);
        claims.send(target.claim(), ClaimFixtures.both(ClaimsIT.DEC_2, ClaimsIT.DEC_3), null);

        AppUser catmose = schoolUser();
        AppUser other = schoolUser();
        TestUsers.newStaff(directory, "TransportOfficer");
        staff.link(catmose.id(), "990001");
        staff.link(other.id(), "990002");

        TestUsers.actAs(other);
        assertThat(attendance.toConfirm()).extracting(SchoolClaim::id).doesNotContain(target.claim());
        schoolCalls().forEach((name, call) -> assertThatThrownBy(() -> call.accept(target)).as("another school: " + name)
                .isInstanceOf(AccessDeniedException.class));
        familyCalls().forEach((name, call) -> assertThatThrownBy(() -> call.accept(target)).as("school staff: " + name)
                .isInstanceOf(AccessDeniedException.class));
        officerCalls().forEach((name, call) -> assertThatThrownBy(() -> call.accept(target)).as("school staff: " + name)
                .isInstanceOf(AccessDeniedException.class));

        TestUsers.actAs(catmose);
        assertThat(attendance.toConfirm()).extracting(SchoolClaim::id).contains(target.claim());
        SchoolClaim seen = attendance.claim(target.claim());
        assertThat(seen.children()).isEqualTo("Noor Hussain");
        assertThat(seen.days()).extracting(SchoolClaim.Day::date).containsExactly(ClaimsIT.DEC_2, ClaimsIT.DEC_3);
        var confirmed = attendance.confirm(target.claim(), Set.of(ClaimsIT.DEC_3));
        assertThat(confirmed.status()).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(confirmed.days()).extracting(SchoolClaim.Day::attendance).containsExactly(DayAttendance.ATTENDED, DayAttendance.ABSENT);
        assertThatThrownBy(() -> attendance.confirm(target.claim(), Set.of())).hasMessageContaining("You cannot confirm attendance now");
    }

    /** A school user who has signed in, as the sign-in would record them, so an officer can link them. */
    private AppUser schoolUser() {
        AppUser user = TestUsers.newStaff(directory, "SchoolStaff");
        publisher.publishEvent(new org.travelassist.security.SignedIn(user.id(), user.displayName(), user.mainRole(), "staff", null));
        return user;
    }

    private String jdbcEmail(AppUser user) {
        return jdbc.queryForObject("select email from user_account where id = ?", String.class, user.id());
    }
}
