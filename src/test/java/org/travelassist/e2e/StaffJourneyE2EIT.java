package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** Council staff sign in through the staff identity provider and land on the page for their role. */
class StaffJourneyE2EIT extends BrowserJourney {

    @Test
    void an_officer_signs_in_and_lands_on_the_work_queue() {
        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");

        assertThat(page.locator("h1")).hasText("Work queue");
        assertThat(page.locator("#queue")).isVisible();
        assertThat(page.locator("nav[aria-label=Menu]")).containsText("Work queue");
        assertThat(page.locator("nav[aria-label=Menu]")).not().containsText("Your household");
        assertThat(page.locator(".ta-account")).containsText("Signed in as Olivia Grant");
        assertAccessible("work queue");

        page.navigate(url("household"));
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    @Test
    void an_officer_uploads_the_school_register_and_reads_the_import_report() {
        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        page.locator("nav[aria-label=Menu] a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("School register")).click();
        assertThat(page.locator("h1")).hasText("School register");
        assertAccessible("school register");

        page.locator("#gias-upload input[type=file]").setInputFiles(java.nio.file.Path.of("src/main/resources/data/rutland/edubase-rutland-demo.csv"));
        assertThat(page.locator("#import-summary")).containsText("Imported 25 open schools from edubase-rutland-demo.csv");
        assertThat(page.locator("#import-summary")).containsText("Every row could be used.");
        assertAccessible("school register after an import");
    }

    @Test
    void a_finance_officer_lands_on_the_payments_page() {
        page.navigate(url("sign-in"));
        signInAs("staff", "finance-fatima");
        assertThat(page.locator("h1")).hasText("Payments");
        assertAccessible("payments page");
    }

    @Test
    void the_footer_pages_and_page_not_found_are_in_the_layout_signed_out_and_signed_in() {
        page.navigate(url(""));
        visitFooterPagesAndAMissingPage("signed out");

        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        assertThat(page.locator("h1")).hasText("Work queue");
        visitFooterPagesAndAMissingPage("signed in");
        assertThat(page.locator("#sign-out")).isVisible();
    }

    private void visitFooterPagesAndAMissingPage(String who) {
        for (String[] link : new String[][] {{"Accessibility statement", "Accessibility statement for Travel Assist"},
                {"Privacy", "Privacy notice"}, {"Cookies", "Cookies"}, {"Contact", "Contact us"}}) {
            page.locator("#support-links a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(link[0])).click();
            assertThat(page.locator("h1")).hasText(link[1]);
            assertThat(page.locator("#skip-link")).isAttached();
            assertAccessible(link[1] + " (" + who + ")");
        }
        page.navigate(url("no-such-page"));
        assertThat(page.locator("h1")).hasText("Page not found");
        assertThat(page.locator(".ta-header")).isVisible();
        assertThat(page.locator("#skip-link")).isAttached();
        assertAccessible("page not found (" + who + ")");
    }
}
