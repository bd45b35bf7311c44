package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestMailServer;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.contributions.Charges;
import org.travelassist.payments.stripe.local.FakeStripe;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.GovukDates;

/**
 * Money in, in a real browser with axe on every page: an officer sets a spare seat charge in two instalments on a
 * decided application; the parent finds it on the application, pays the first on the Checkout page the fake Stripe
 * serves, comes back to the portal and sees "Paid" once the signed webhook recorded it; the officer refunds it with a
 * reason; the family sees the refund and why, and is emailed. Tom's application is sent and decided through the
 * services: applying and deciding have their own journeys.
 */
class MoneyInJourneyE2EIT extends BrowserJourney {

    @Autowired AppUserDirectory directory;
    @Autowired HouseholdService households;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired Charges charges;
    @Autowired FakeStripe fake;
    @Autowired MovableClock clock;

    @AfterEach
    void signOutTestThread() {
        TestUsers.signOut();
    }

    @Test
    void an_officer_charges_a_spare_seat_the_parent_pays_by_card_and_the_officer_refunds_it_with_a_reason() {
        clock.reset(); // the webhook's signatures are checked against this clock
        TestUsers.actAs(directory.signIn("families", "parent-tom", "tom.baker@example.com", "Tom Baker", Set.of()));
        UUID child = households.addChild(UUID.randomUUID(),
                new ChildForm("Isla Baker", "9", "2", "2012", "5 Station Road", "Oakham", "LE15 6QT", "", false)).id();
        UUID application = applications.start(child);
        ApplicationFixtures.answerEverything(applications, application);
        String reference = applications.submit(application, true).reference();
        TestUsers.actAs(TestUsers.newStaff(directory, "TransportOfficer"));
        casework.decide(application, Decision.notEligible("The school is not the nearest suitable school."));
        Awaitility.await("the decision reaches contributions").atMost(Duration.ofSeconds(15)).pollInSameThread().ignoreExceptions()
                .until(() -> charges.application(application) != null);
        TestUsers.signOut();
        LocalDate firstDue = GovukDates.today(clock).plusDays(14);

        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        page.locator("nav[aria-label=Menu] a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Charges to families")).click();
        assertThat(page.locator("h1")).hasText("Charges to families");
        assertAccessible("officer's charges to families");
        page.locator("#reference input").fill(reference);
        page.locator("#find-application").click();
        assertThat(page.locator("h1")).hasText("Set a charge for Isla Baker");
        page.locator("#set-charge").click();
        assertThat(page.locator("#error-summary")).containsText("Select what the charge is for");
        assertAccessible("set a charge, with the problems");
        page.locator("#kind").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Spare seat charge")).click();
        page.locator("#amount input").fill("150.01");
        page.locator("#instalments input").fill("2");
        page.locator("#firstDue-day input").fill(String.valueOf(firstDue.getDayOfMonth()));
        page.locator("#firstDue-month input").fill(String.valueOf(firstDue.getMonthValue()));
        page.locator("#firstDue-year input").fill(String.valueOf(firstDue.getYear()));
        page.locator("#reason textarea").fill("Isla has a spare seat on the route 12 minibus, at the council's spare seat charge for the year.");
        page.locator("#set-charge").click();
        assertThat(page.locator("#charge-facts")).containsText("£150.01 in 2 instalments: 2 to pay.");
        assertThat(page.locator("#instalment-1")).containsText("£75.01");
        assertThat(page.locator("#instalment-2")).containsText("£75.00");
        assertAccessible("officer's charge, set");
        String officerChargePage = page.url();

        newSession();
        page.navigate(url("sign-in"));
        signInAs("families", "parent-tom");
        page.navigate(url("applications/" + application));
        assertThat(page.locator("#follow-ups")).containsText("Spare seat charge");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Pay the spare seat charge")).click();
        assertThat(page.locator("h1")).hasText("Spare seat charge for Isla Baker");
        assertThat(page.locator("#charge-facts")).containsText("route 12 minibus");
        assertAccessible("family's charge");
        page.locator("#pay-1").click();
        assertThat(page.locator("h1")).hasText("Pay £75.01");
        assertThat(page.locator("#payment-facts")).containsText(GovukDates.day(firstDue));
        assertAccessible("pay now");
        page.locator("#continue-to-payment").click();
        page.waitForURL(fake.apiBase() + "/checkout/**");
        assertThat(page.locator("h1")).hasText("Pay £75.01");
        assertAccessible("the fake Stripe's Checkout page");
        page.locator("#checkout-pay").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/pay/[0-9a-f-]{36}\\?paid$"));
        // The signed webhook may land a moment after the browser comes back: the page says so until it has.
        for (int tries = 0; tries < 20 && !page.locator("#payment-outcome").isVisible(); tries++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(page.locator("h1")).hasText("Payment complete");
        assertThat(page.locator("#payment-outcome")).containsText("£75.01, paid");
        assertAccessible("payment complete");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("See what you have paid and what is left")).click();
        assertThat(page.locator("#instalment-1")).containsText("Paid");
        assertThat(page.locator("#pay-2")).isVisible();

        newSession();
        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        page.navigate(officerChargePage);
        assertThat(page.locator("#charge-facts")).containsText("1 paid, 1 to pay");
        page.locator("#refund-1").click();
        assertThat(page.locator("#error-summary")).containsText("Enter the reason for the refund");
        page.locator("#refund-reason-1 textarea").fill("The route 12 minibus stopped running in the first month.");
        page.locator("#refund-1").click();
        assertThat(page.locator(".ta-success-banner")).containsText("Refunded £75.01");
        assertThat(page.locator("#instalment-1")).containsText("Refunded");
        assertAccessible("officer's charge after a refund");

        newSession();
        page.navigate(url("sign-in"));
        signInAs("families", "parent-tom");
        page.navigate(url("applications/" + application));
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Pay the spare seat charge")).click();
        assertThat(page.locator("#instalment-1")).containsText("Refunded");
        assertThat(page.locator("#instalment-1")).containsText("The route 12 minibus stopped running in the first month.");
        assertAccessible("family's charge after a refund");
        org.assertj.core.api.Assertions.assertThat(TestMailServer.awaitMailTo("tom.baker@example.com", "stopped running in the first month"))
                .contains("We have refunded £75.01 to your card");
        org.assertj.core.api.Assertions.assertThat(fake.violations()).isEmpty();
    }
}
