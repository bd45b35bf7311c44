package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** Council staff sign in through the staff identity provider and land on the page for their role. */
class StaffJourneyE2EIT extends BrowserJourney {

    @Test
    void an_officer_signs_in_and_lands_on_the_work_queue() {
        page.navigate(url("sign-in"));
        page.locator("#sign-in-staff").click();
        assertThat(page.locator("h1")).hasText("Choose a demo account");
        assertAccessible("identity provider login page (staff)");
        page.locator("#officer-olivia").click();

        assertThat(page.locator("h1")).hasText("Work queue");
        assertThat(page.locator("#queue-empty")).isVisible();
        assertThat(page.locator("nav[aria-label=Menu]")).containsText("Work queue");
        assertThat(page.locator("nav[aria-label=Menu]")).not().containsText("Your household");
        assertThat(page.locator(".ta-account")).containsText("Signed in as Olivia Grant");
        assertAccessible("work queue");

        page.navigate(url("household"));
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    @Test
    void a_finance_officer_lands_on_the_payments_page() {
        page.navigate(url("sign-in"));
        page.locator("#sign-in-staff").click();
        page.locator("#finance-fatima").click();
        assertThat(page.locator("h1")).hasText("Payments");
        assertAccessible("payments page");
    }
}
