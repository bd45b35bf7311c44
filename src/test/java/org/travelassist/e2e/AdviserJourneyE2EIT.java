package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.TestMailServer;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** A family invites its SENDIAS adviser, who enters the code and sends an application for the family. */
class AdviserJourneyE2EIT extends BrowserJourney {

    @Autowired Casework casework;
    @Autowired AppUserDirectory directory;

    @Test
    void a_parent_invites_an_adviser_who_sends_an_application_for_the_family() throws Exception {
        page.navigate(url("sign-in"));
        signInAs("families", "parent-tom");
        String child = ApplicationJourneyE2EIT.addChild(this, "Ellis Baker " + UUID.randomUUID().toString().substring(0, 6));
        page.locator("#advisers").click();
        assertThat(page.locator("h1")).hasText("Advisers who help you");
        assertAccessible("advisers page");
        page.locator("#invite").click();
        assertThat(page.locator("#error-summary")).containsText("Enter the adviser's email address");
        assertAccessible("advisers page with an error");
        page.locator("#adviserEmail input").fill("sam.adebayo@sendias.example.org");
        page.locator("#adviserEmail input").focus();
        assertKeyboardFocusVisible(page.locator("#scopes vaadin-checkbox").first(), "checkbox", "advisers page, first checkbox");
        page.locator("#scopes vaadin-checkbox", new Page.LocatorOptions().setHasText("Send applications")).click();
        page.locator("#invite").click();
        String code = page.locator("#invitation-code").textContent();
        assertAccessible("advisers page with an invitation");

        newSession();
        page.navigate(url("sign-in"));
        signInAs("families", "adviser-sam");
        assertThat(page.locator("h1")).hasText("Families you help");
        assertAccessible("adviser home");
        page.locator("#code input").fill("WRONG-CODE");
        page.locator("#accept-code").click();
        assertThat(page.locator("#error-summary")).containsText("That code is not right");
        page.locator("#code input").fill(code.toLowerCase());
        page.locator("#accept-code").click();
        assertThat(page.locator("h1")).hasText("Tom Baker");
        assertThat(page.locator("#consent-scope")).containsText("send applications");
        assertAccessible("family page for the adviser");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Apply for " + child)).click();
        ApplicationJourneyE2EIT.answerEveryQuestion(this, child.split(" ")[0]);
        page.locator("#continue").click();
        page.locator("#declaration").click();
        page.locator("#send").click();
        assertThat(page.locator("h1")).hasText("Application sent");
        String reference = page.locator("#reference").textContent();
        page.locator("#track").click();
        assertThat(page.locator("#timeline")).containsText("Sent by Sam Adebayo for the family");

        String mail = TestMailServer.awaitMailTo("tom.baker@example.com", reference);
        org.assertj.core.api.Assertions.assertThat(mail).as("the family is told the adviser sent it")
                .contains(reference).contains("Sam Adebayo did this for you");

        // Decided this school year: a new application asks why on its own page, which leads the adviser back to the family.
        UUID application = UUID.fromString(page.url().replaceAll(".*/applications/([0-9a-f-]{36}).*", "$1"));
        TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(application, Decision.eligible(Category.A, Set.of(Offer.MILEAGE_ALLOWANCE), "Cannot walk the route because of his needs"));
        TestUsers.signOut();
        page.reload();
        page.locator("#back").click();
        assertThat(page.locator("h1")).hasText("Tom Baker");
        page.locator("a", new Page.LocatorOptions().setHasText("Start a new application for " + child)).click();
        assertThat(page.locator("h1")).hasText("Why are you making a new application?");
        assertThat(page.locator("#decided")).containsText(reference);
        assertAccessible("start a new application (adviser)");
        page.locator("#start").click();
        assertThat(page.locator("#error-summary")).containsText("Select why this is a new application");
        assertAccessible("start a new application with an error");
        page.locator("#heading").click();
        assertKeyboardFocusVisible(page.locator("#reason vaadin-radio-button").first(), "radio", "start a new application, first radio button");
        page.locator("#back").click();
        assertThat(page.locator("h1")).hasText("Tom Baker");
    }
}
