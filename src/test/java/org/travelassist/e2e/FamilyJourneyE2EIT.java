package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Parents sign in through the local identity provider, keep their household, and see only their own. */
class FamilyJourneyE2EIT extends BrowserJourney {

    @Test
    void a_parent_signs_in_adds_a_child_sees_it_listed_and_signs_out() {
        page.navigate(url(""));
        assertThat(page.locator("h1")).hasText("Get help with your child's travel to school");
        assertThat(page).hasTitle("Help with travel to school - Travel Assist");
        assertThat(page.locator("html")).hasAttribute("lang", "en-GB");
        assertAccessible("start page");

        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-link")).isFocused();
        assertThat(page.locator("#skip-link")).isVisible();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main-content")).isFocused();

        page.locator("#home-sign-in").click();
        assertThat(page.locator("h1")).hasText("Sign in to Travel Assist");
        assertAccessible("sign-in page");

        signInAs("families", "parent-priya");
        assertThat(page.locator("h1")).hasText("Your household");
        assertAccessible("household page");

        page.locator("#add-child").click();
        assertThat(page.locator("h1")).hasText("Add a child");
        assertAccessible("add a child page");

        page.locator("#save-child").click();
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.locator("#error-summary")).containsText("Enter your child's full name");
        assertThat(page).hasTitle(Pattern.compile("^Error: Add a child"));
        assertAccessible("add a child page with errors");

        String name = "Ada Lovelace " + UUID.randomUUID().toString().substring(0, 6);
        fillChild(name, "le156hq");
        page.locator("#save-child").dblclick();

        assertThat(page.locator("h1")).hasText("Your household");
        assertThat(page.locator("#success-banner")).containsText(name + " has been added");
        assertThat(page.locator("#children h2", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name))).hasCount(1);
        assertThat(page.locator("#children")).containsText("LE15 6HQ");
        assertAccessible("household page with a child");

        page.locator("#sign-out").click();
        assertThat(page.locator("h1")).hasText("You have signed out");
        assertAccessible("signed-out page");

        page.navigate(url("household"));
        assertThat(page.locator("h1")).hasText("Sign in to Travel Assist");
    }

    @Test
    void another_parent_cannot_see_that_child_in_the_list_or_by_its_url() {
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        page.locator("#add-child").click();
        String name = "Mary Somerville " + UUID.randomUUID().toString().substring(0, 6);
        fillChild(name, "LE15 6HQ");
        page.locator("#save-child").click();
        Locator card = page.locator(".ta-summary-card", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name));
        assertThat(card).hasCount(1);
        String childId = card.getAttribute("id").substring("child-".length());

        newSession();
        page.navigate(url("sign-in"));
        signInAs("families", "parent-tom");
        assertThat(page.locator("h1")).hasText("Your household");
        assertThat(page.locator("#children")).not().containsText(name);

        page.navigate(url("household/children/" + childId + "/edit"));
        assertThat(page.locator("h1")).hasText("Page not found");
        assertThat(page.locator("body")).not().containsText(name);
        assertAccessible("page not found");

        page.navigate(url("household/children/" + childId + "/remove"));
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    /**
     * The bank details page in a real browser, with axe, as a parent would reach it from Your household. Nothing is
     * saved: the demo parents are shared with the budget and mileage journeys, which give bank details themselves
     * (saving is covered by BankDetailsViewIT and BankAccountsIT).
     */
    @Test
    void a_parent_opens_the_bank_details_page_from_the_household_and_a_bad_sort_code_is_explained() {
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        page.locator("#add-child").click();
        fillChild("Caroline Herschel " + UUID.randomUUID().toString().substring(0, 6), "LE15 6HQ");
        page.locator("#save-child").click();
        assertThat(page.locator("#bank-details h2")).hasText("Bank details for travel payments");

        page.locator("#change-bank-details").click();
        assertThat(page.locator("h1")).hasText("Bank or building society account details");
        assertThat(page.locator("#format-check-only")).containsText("we cannot check that they belong to a real account");
        assertThat(page.locator("#name-on-the-account input")).hasAttribute("autocomplete", "name");
        assertAccessible("bank details page");

        page.locator("#name-on-the-account input").fill("Priya Shah");
        page.locator("#sort-code input").fill("30-94");
        page.locator("#account-number input").fill("0073 3445");
        page.locator("#save-bank-details").click();
        assertThat(page.locator("#error-summary")).containsText("Enter a valid sort code like 309430");
        assertThat(page).hasTitle(Pattern.compile("^Error: Bank or building society account details"));
        assertThat(page.locator("#account-number input")).hasValue("0073 3445");
        assertAccessible("bank details page with a bad sort code");
        page.locator("#error-summary a").first().click();
        assertThat(page.locator("#sort-code input")).isFocused();
    }

    @Test
    void family_pages_reflow_on_a_320_pixel_wide_phone_without_scrolling_sideways() {
        page.setViewportSize(320, 640);
        page.navigate(url(""));
        assertThat(page.locator("h1")).isVisible();
        assertNoSidewaysScrolling("start page at 320 px");
        page.navigate(url("sign-in"));
        signInAs("families", "parent-tom");
        assertThat(page.locator("h1")).hasText("Your household");
        assertNoSidewaysScrolling("household page at 320 px");
        page.locator("#add-child").click();
        page.locator("#save-child").click();
        assertThat(page.locator("#error-summary")).isVisible();
        assertNoSidewaysScrolling("add a child with errors at 320 px");
    }

    void assertNoSidewaysScrolling(String where) {
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(scrollWidth).as("page width of %s", where).isLessThanOrEqualTo(320);
        assertAccessible(where);
    }
}
