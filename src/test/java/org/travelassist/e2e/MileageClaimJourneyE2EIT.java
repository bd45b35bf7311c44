package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.Offer;
import org.travelassist.claims.AllowanceDetails;
import org.travelassist.claims.ClaimApprovals;
import org.travelassist.claims.ClaimDetails;
import org.travelassist.claims.ClaimFixtures;
import org.travelassist.claims.MileageAllowances;
import org.travelassist.claims.MileageClaims;
import org.travelassist.claims.MileageRules;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.Money;

/**
 * A month's mileage from a phone to the bank: Priya claims December on a 320-pixel screen (one day morning only; the
 * Christmas holidays refused), Casterton College's office confirms it with one absence, Olivia approves it, and
 * Priya sees it approved with the amount. Then a January claim over the council's limit needs Sunil as well.
 */
class MileageClaimJourneyE2EIT extends BrowserJourney {

    @Autowired AppUserDirectory directory;
    @Autowired HouseholdService households;
    @Autowired HouseholdAccess access;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired MileageAllowances allowances;
    @Autowired MileageClaims claims;
    @Autowired ClaimApprovals approvals;
    @Autowired BankAccounts bank;
    @Autowired MovableClock clock;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.travelassist.schools.SchoolStaffContacts contacts;

    @AfterEach
    void resetClock() {
        TestUsers.signOut();
        clock.reset();
    }

    @Test
    void a_parent_claims_a_month_the_school_confirms_an_officer_approves_and_a_large_claim_needs_a_second_officer() {
        clock.moveTo(ClaimFixtures.DECIDED); // decided in December 2026, the month Priya claims
        AllowanceDetails allowance = priyaDecidedWithMileageAtCasterton();
        clock.moveTo(ClaimFixtures.NEW_YEAR);

        // Priya, on a phone.
        page.setViewportSize(320, 720);
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        page.navigate(url("claims"));
        assertThat(page.locator("h1")).hasText("Mileage claims");
        assertAccessible("mileage claims page");
        page.locator("#allowances a").first().click();
        assertThat(page.locator("#allowance-facts")).containsText(allowance.miles());
        assertAccessible("mileage allowance offered");
        page.locator("#accept").click();
        assertThat(page.locator("#success-banner")).containsText("You have accepted the mileage allowance");
        page.locator("#claim-2026-12").click();
        assertThat(page.locator("h1")).hasText("Claim mileage for December 2026");
        assertThat(page.locator("#closed-2026-12-21")).containsText("Christmas holidays");
        assertThat(page.locator("#closed-2026-12-04")).containsText("Training day");
        assertAccessible("claim calendar for December");

        page.locator("#day-2026-12-02 input").uncheck();
        page.locator("#journeys-2026-12-03").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION, new Page.GetByRoleOptions().setName("Morning only")).click();
        assertThat(page.locator("#amount-lines")).containsText("1 day × 2 legs × " + MileageRules.miles(allowance.oneWayMilesHundredths()) + " miles × 45p");
        page.locator("#note textarea").fill("Ayaan had a hospital appointment on the afternoon of the 3rd");
        assertAccessible("claim calendar with the amount");
        page.locator("#receipt-upload input[type=file]").setInputFiles(new FilePayload("hospital-parking.pdf", "application/pdf",
                "MZ this is a program, not a receipt".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(page.locator("#error-summary")).containsText("hospital-parking.pdf must be a PDF, JPG or PNG");
        assertAccessible("claim calendar with a refused receipt");
        page.locator("#receipt-upload input[type=file]").setInputFiles(new FilePayload("hospital-parking.pdf", "application/pdf",
                ApplicationFixtures.PDF));
        assertThat(page.locator("#receipt-list")).containsText("hospital-parking.pdf");
        // The days ticked stay as they were: the file went without reloading the page.
        assertThat(page.locator("#amount-lines")).containsText("1 day × 2 legs");
        assertAccessible("claim calendar with a receipt");
        page.locator("#send").click();
        assertThat(page.locator("#success-banner")).containsText("sent for");
        assertThat(page.locator("#status")).hasText("Sent");
        assertThat(page.locator("#receipt-list")).containsText("hospital-parking.pdf");
        assertAccessible("claim sent");

        // The school office confirms, with one absence. Its email address comes from the provider's email claim.
        jdbc.update("update school_staff_member set email = null where user_id = "
                + "(select id from user_account where identity_provider = 'staff' and subject = 'school-sarah')");
        newSession();
        page.navigate(url("sign-in"));
        signInAs("staff", "school-sarah");
        assertThat(page.locator("h1")).hasText("Attendance to confirm");
        assertThat(contacts.emailsOf("137340")).contains("office@casterton.example.sch.uk");
        var card = page.locator(".ta-summary-card", new Page.LocatorOptions().setHasText("Ayaan Shah"));
        assertThat(card).containsText("December 2026");
        assertThat(card).not().containsText("£");
        assertThat(page.locator("main")).not().containsText("hospital-parking.pdf"); // the school never sees receipts
        assertAccessible("school attendance page");
        card.locator("vaadin-checkbox[id$='2026-12-08'] input").check();
        card.locator("vaadin-button[id^='confirm-MC-']").click();
        assertThat(page.locator("#success-banner")).containsText("with 1 absence");

        // The officer approves it from the queue.
        newSession();
        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        page.navigate(url("officer/claims"));
        assertThat(page.locator("#claims-queue")).containsText("Ayaan Shah");
        assertAccessible("mileage claims queue");
        ClaimDetails december = claims(allowance).getFirst();
        assertThat(december.amount()).as("under the four-eyes limit").isLessThan(Money.ofPounds(300));
        page.navigate(url("officer/claims/" + december.id()));
        assertThat(page.locator("#receipt-list")).containsText("Open hospital-parking.pdf");
        assertAccessible("mileage claim with a receipt for an officer");
        var served = context.request().get((String) page.locator("#receipt-list a").first().evaluate("a => a.href"));
        assertThat(served.headers()).containsEntry("content-security-policy", "sandbox").containsEntry("x-content-type-options", "nosniff");
        Download receipt = page.waitForDownload(() -> page.locator("#receipt-list a").first().click());
        assertThat(receipt.suggestedFilename()).isEqualTo(december.reference() + "-receipt-1.pdf");
        page.navigate(url("officer/claims"));
        page.locator("#select-" + december.reference() + " input").check();
        page.locator("#approve-selected").click();
        assertThat(page.locator("#approval-outcome")).containsText(december.reference() + " approved");

        // Priya sees it approved, with the amount.
        newSession();
        page.setViewportSize(320, 720);
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        page.navigate(url("claims"));
        var claimCard = page.locator("#claims .ta-summary-card", new Page.LocatorOptions().setHasText("December 2026"));
        assertThat(claimCard).containsText("Approved");
        assertThat(claimCard).containsText(december.amount().formatted());
        assertThat(claimCard).containsText("Absent, as the school recorded");
        assertAccessible("claims page with an approved claim");

        // January, every school day: over the limit, so a second officer approves.
        clock.moveTo(java.time.Instant.parse("2027-02-01T10:00:00Z"));
        ClaimDetails january = sentAndConfirmedJanuary(allowance);
        assertThat(january.amount()).as("over the four-eyes limit").isGreaterThan(Money.ofPounds(300));
        newSession();
        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        page.navigate(url("officer/claims/" + january.id()));
        assertThat(page.locator("h1")).hasText("Mileage claim " + january.reference());
        assertThat(page.locator("#claim-facts")).containsText("needs two officers");
        assertAccessible("mileage claim for an officer");
        page.locator("#approve").click();
        assertThat(page.locator("#success-banner")).containsText("A second officer must approve it too");
        assertThat(page.locator("#status")).containsText("first approval by Olivia Grant");

        newSession();
        page.navigate(url("sign-in"));
        signInAs("staff", "senior-sunil");
        page.navigate(url("officer/claims/" + january.id()));
        assertThat(page.locator("h1")).hasText("Mileage claim " + january.reference());
        page.locator("#approve").click();
        assertThat(page.locator("#success-banner")).containsText(january.reference() + " approved");
        assertThat(page.locator("#status")).hasText("Approved");
        assertAccessible("mileage claim approved by a second officer");
    }

    private AllowanceDetails priyaDecidedWithMileageAtCasterton() {
        AppUser priya = directory.signIn("families", "parent-priya", "priya.shah@example.com", "Priya Shah", Set.of());
        TestUsers.actAs(priya);
        UUID child = households.addChild(UUID.randomUUID(),
                new ChildForm("Ayaan Shah", "4", "6", "2013", "3 Church Street", "Langham", "le157hy", "", false)).id();
        UUID household = access.ownHousehold();
        UUID application = applications.start(child);
        ApplicationFixtures.answerEverything(applications, application);
        applications.saveAnswer(application, ApplicationQuestions.SCHOOL, "137340");
        applications.submit(application, true);
        ClaimFixtures.giveBankDetails(bank, household);
        TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(application, Decision.eligible(EligibilityResult.Category.C, Set.of(Offer.MILEAGE_ALLOWANCE), "Beyond walking distance."));
        TestUsers.actAs(priya);
        AllowanceDetails allowance = org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> allowances.allowancesOf(household).stream().filter(a -> a.childNames().contains("Ayaan Shah")).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
        TestUsers.signOut();
        return allowance;
    }

    private java.util.List<ClaimDetails> claims(AllowanceDetails allowance) {
        AppUser priya = directory.signIn("families", "parent-priya", "priya.shah@example.com", "Priya Shah", Set.of());
        TestUsers.actAs(priya);
        try {
            return claims.claimsOf(allowance.householdId()).stream().filter(claim -> claim.allowanceId().equals(allowance.id())).toList();
        } finally {
            TestUsers.signOut();
        }
    }

    private ClaimDetails sentAndConfirmedJanuary(AllowanceDetails allowance) {
        AppUser priya = directory.signIn("families", "parent-priya", "priya.shah@example.com", "Priya Shah", Set.of());
        TestUsers.actAs(priya);
        UUID january = claims.open(allowance.id(), YearMonth.of(2027, 1));
        var days = claims.calendar(january).days().stream().filter(day -> day.marked() != null)
                .map(day -> new org.travelassist.claims.ClaimedDay(day.date(), org.travelassist.claims.Journeys.BOTH)).toList();
        claims.send(january, days, null);
        TestUsers.newStaff(directory, "TransportOfficer");
        ClaimDetails confirmed = approvals.confirmAttendanceInstead(january, Set.of());
        TestUsers.signOut();
        assertThat(MileageRules.miles(allowance.oneWayMilesHundredths())).isNotBlank();
        return confirmed;
    }
}
