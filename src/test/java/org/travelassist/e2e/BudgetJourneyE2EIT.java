package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.accounts.BankDetailsRules;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.budgets.BudgetFixtures;
import org.travelassist.budgets.BudgetRecoveries;
import org.travelassist.budgets.RecoveryRules;
import org.travelassist.budgets.internal.InstalmentsFallingDue;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.Money;

/**
 * A personal transport budget from the decision to the first reduced payment, in a real browser with axe on every
 * page: the officer decides with a budget and sends the offer; the parent reads the working, gives bank details (a
 * bad sort code first), accepts, and sees the schedule; the officer records an absence, and the parent sees the next
 * payment reduced and why; in the weeks before the policy year ends, next year's budget is offered and the parent
 * confirms it; then she ends this year's budget, paid ahead for the summer, and the officer sets how the days after
 * its end are repaid (a plan that does not add up first), records the first repayment, and the parent sees the plan. Priya's application is sent through the services: applying has its own journey.
 */
class BudgetJourneyE2EIT extends BrowserJourney {

    @Autowired AppUserDirectory directory;
    @Autowired HouseholdService households;
    @Autowired ApplicationService applications;
    @Autowired BudgetCasework budgets;
    @Autowired InstalmentsFallingDue fallingDue;

    @Autowired MovableClock clock;

    @AfterEach
    void signOutTestThread() {
        TestUsers.signOut();
        clock.reset();
    }

    @Test
    void the_officer_offers_a_budget_the_parent_accepts_it_and_an_absence_reduces_the_next_payment() {
        // Offered in the autumn term of 2026 to 2027, the year its January absences and June renewal belong to.
        clock.moveTo(BudgetFixtures.IN_THE_AUTUMN_TERM);
        TestUsers.actAs(directory.signIn("families", "parent-priya", "priya.shah@example.com", "Priya Shah", Set.of()));
        UUID child = households.addChild(UUID.randomUUID(),
                new ChildForm("Aarav Shah", "4", "6", "2013", "2 Burley Road", "Oakham", "LE15 7HY", "", false)).id();
        UUID application = applications.start(child);
        ApplicationFixtures.answerEverything(applications, application);
        applications.submit(application, true);
        TestUsers.signOut();

        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        page.navigate(url("officer/applications/" + application));
        page.locator("#cannot-walk").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Agree: the child cannot reasonably walk")).click();
        page.locator("#cannot-walk-reasons textarea").fill("The paediatrician's letter says he cannot walk to school.");
        page.locator("#save-assessment").click();
        assertThat(page.locator(".ta-timeline")).containsText("Assessment recorded");
        page.locator("#decision-outcome").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Eligible").setExact(true)).click();
        page.locator("#decision-offers vaadin-checkbox", new com.microsoft.playwright.Page.LocatorOptions().setHasText("personal transport budget")).click();
        page.locator("#decision-reasons textarea").fill("Aarav cannot reasonably be expected to walk to school because of his needs.");
        page.locator("#decide").click();
        page.locator("#confirm-decision").click();
        assertThat(page.locator("#status")).hasText("Decided", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
        TestUsers.actAs(TestUsers.newStaff(directory, "TransportOfficer"));
        UUID budget = Awaitility.await("the draft offer").atMost(Duration.ofSeconds(15)).pollInSameThread()
                .until(() -> budgets.forApplication(application), list -> !list.isEmpty()).getFirst().id();
        TestUsers.signOut();
        page.reload();
        page.locator("#follow-ups a").click();
        assertThat(page.locator("#budget-state")).hasText("Being prepared");
        assertThat(page.locator("#working")).containsText("× 4 journeys × 60p");
        assertAccessible("officer's draft budget offer");
        page.locator("#send-offer").click();
        assertThat(page.locator("#step-done")).containsText("The offer was sent to the family");
        assertAccessible("officer's budget after sending the offer");

        newSession();
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        page.navigate(url("applications/" + application));
        assertThat(page.locator("#follow-ups")).containsText("Offer sent");
        page.locator("#follow-ups a").click();
        assertThat(page.locator("h1")).hasText("Travel budget offer for Aarav Shah");
        assertThat(page.locator("#working")).containsText("by the shortest road route");
        assertThat(page.locator("#schedule")).containsText("Autumn term");
        assertThat(page.locator("#terms")).containsText("What you must tell the council about");
        assertAccessible("family's budget offer");
        page.locator("#accept").click();
        assertThat(page.locator("#error-summary")).containsText("Confirm that you have read the terms");

        page.locator("#bank-details").click();
        page.locator("#" + BankDetailsRules.ACCOUNT_NAME + " input").fill("Priya Shah");
        page.locator("#" + BankDetailsRules.SORT_CODE + " input").fill("30 94");
        page.locator("#" + BankDetailsRules.ACCOUNT_NUMBER + " input").fill("00733445");
        page.locator("#save-bank-details").click();
        assertThat(page.locator("#error-summary")).containsText(BankDetailsRules.SORT_CODE_FORMAT);
        assertAccessible("bank details with a bad sort code");
        page.locator("#" + BankDetailsRules.SORT_CODE + " input").fill("30-94-30");
        page.locator("#save-bank-details").click();
        assertThat(page.locator("#budget-facts")).containsText("Account ending 3445");

        page.locator("#declaration").click();
        page.locator("#accept").dblclick();
        assertThat(page.locator("#step-done")).containsText("You accepted the budget");
        assertThat(page.locator("#budget-state")).hasText("Agreed");
        assertThat(page.locator("#schedule")).containsText("Every payment");
        assertThat(page.locator("#agreement-pdf")).isVisible();
        assertAccessible("family's agreed budget with its schedule");

        // In January, three school days absent; a day of the Christmas holidays is refused with the reason.
        clock.moveTo(java.time.Instant.parse("2027-01-20T10:00:00Z"));
        newSession();
        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        page.navigate(url("officer/budgets/" + budget));
        page.locator("#days-absent input").fill("1, 11");
        page.locator("#record-absence").click();
        assertThat(page.locator("#error-summary")).containsText("1 January 2027 was not a school day (Christmas holidays)");
        page.locator("#days-absent input").fill("11, 12, 18");
        page.locator("#record-absence").click();
        assertThat(page.locator("#step-done")).containsText("Attendance recorded");
        assertThat(page.locator("#absences")).containsText("3 of 20 days absent (11 January 2027, 12 January 2027, 18 January 2027)");
        assertAccessible("officer's budget with attendance recorded");

        newSession();
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        page.navigate(url("budgets/" + budget));
        assertThat(page.locator("#instalment-1")).containsText("3 days absent in January 2027 (11, 12 and 18)");
        assertThat(page.locator("#instalment-1")).containsText("Planned: ");
        assertAccessible("family's budget with the reduced payment explained");

        // In the weeks before the policy year ends, next year's budget is offered, and Priya confirms it.
        clock.moveTo(java.time.Instant.parse("2027-06-21T09:00:00Z"));
        newSession();
        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        page.navigate(url("officer/budgets"));
        page.locator("#prepare-renewals").click();
        assertThat(page.locator("#success-banner")).containsText("offered to families");
        assertThat(page.locator("#renewals-not-confirmed")).containsText("Aarav Shah");
        assertAccessible("officer's budgets with next year's not yet confirmed");

        newSession();
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        page.navigate(url("budgets/" + budget));
        page.locator("#renewal-link").click();
        assertThat(page.locator("h1")).hasText("Next year's travel budget for Aarav Shah");
        assertThat(page.locator("#renewal-note")).containsText("by 31 July 2027");
        assertThat(page.locator("#working")).containsText("Next year's budget, for the policy year 1 September 2027 to 31 July 2028");
        assertAccessible("family's budget for next year to confirm");
        page.locator("#declaration").click();
        page.locator("#accept").click();
        assertThat(page.locator("#step-done")).containsText("You confirmed next year's budget");
        assertThat(page.locator("#budget-state")).hasText("Agreed");
        assertAccessible("family's budget for next year confirmed");

        // The summer term was paid in advance; Priya ends this year's budget, so the days after its end are repaid.
        fallingDue.everyMorning();
        page.navigate(url("budgets/" + budget));
        page.locator("#end-reason textarea").fill("We are moving to Leicester in July");
        page.locator("#end-budget").click();
        assertThat(page.locator("#step-done")).containsText("You gave notice to end the budget");
        assertThat(page.locator("#recovery")).containsText("It will write to you about repaying it");
        assertAccessible("family's budget ending, with days paid after its end");
        TestUsers.actAs(TestUsers.newStaff(directory, "TransportOfficer"));
        Money recovery = Objects.requireNonNull(budgets.budget(budget).recovery());
        TestUsers.signOut();

        newSession();
        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        page.navigate(url("officer/budgets/" + budget));
        page.locator("#" + BudgetRecoveries.FIELD + " textarea").fill("£1.00; £1.00");
        page.locator("#plan-recovery").click();
        assertThat(page.locator("#error-summary")).containsText("they must add up to it exactly");
        assertAccessible("officer's repayment plan that does not add up");
        page.locator("#" + BudgetRecoveries.FIELD + " textarea").fill(RecoveryRules.suggestion(recovery, 3));
        page.locator("#plan-recovery").click();
        assertThat(page.locator("#step-done")).containsText("The repayment plan is set and the family has been emailed");
        assertThat(page.locator("#recovery-status")).hasText(recovery.formatted() + " to repay, in 3 instalments.");
        page.locator("#repaid-1").click();
        assertThat(page.locator("#repayment-1")).containsText("Repaid on 21 June 2027");
        assertAccessible("officer's budget with its repayment plan");

        newSession();
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        page.navigate(url("budgets/" + budget));
        assertThat(page.locator("#recovery-status")).hasText(recovery.formatted() + " to repay, in 3 instalments.");
        assertThat(page.locator("#repayment-1")).containsText("Repaid on 21 June 2027");
        assertThat(page.locator("#repayment-2")).containsText("21 August 2027");
        assertThat(page.locator("#repayment-2")).containsText("To repay");
        assertThat(page.locator("#repaid-2")).hasCount(0); // only an officer records a repayment
        assertAccessible("family's budget with the repayment plan");
    }
}
