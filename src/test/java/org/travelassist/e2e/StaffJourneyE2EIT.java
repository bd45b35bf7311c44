package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.schools.SchoolFixtures;
import org.travelassist.schools.SchoolImports;

/** Council staff sign in through the staff identity provider and land on the page for their role. */
class StaffJourneyE2EIT extends BrowserJourney {

    @Autowired SchoolImports imports;

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
    void an_officer_who_first_opened_a_family_page_lands_on_the_work_queue_and_one_who_opened_an_officer_page_on_it() {
        // A shared computer, or a bookmark: the page asked for before signing in is a family's.
        page.navigate(url("household"));
        assertThat(page.locator("h1")).hasText("Sign in to Travel Assist");
        signInAs("staff", "officer-olivia");
        assertThat(page.locator("h1")).hasText("Work queue");
        assertAccessible("work queue after asking for a family page");

        newSession();
        page.navigate(url("officer/schools"));
        assertThat(page.locator("h1")).hasText("Sign in to Travel Assist");
        signInAs("staff", "officer-olivia");
        assertThat(page.locator("h1")).hasText("School register");
    }

    @Test
    void an_officer_uploads_the_school_register_and_a_senior_officer_applies_it() throws java.io.IOException {
        var file = SchoolFixtures.rutlandWithRename("Brooke Priory School", "Brooke Priory Prep School");
        try {
            page.navigate(url("sign-in"));
            signInAs("staff", "officer-olivia");
            openSchoolRegister();
            assertAccessible("school register");

            page.locator("#gias-upload input[type=file]").setInputFiles(file);
            assertThat(page.locator("#import-summary")).containsText("Checked: applying it would mean 0 schools added, 1 changed, 0 closed");
            assertThat(page.locator("#import-summary")).containsText("The register has not changed yet.");
            assertThat(page.locator("#import-report")).containsText("Brooke Priory Prep School (URN 120340): name");
            assertThat(page.locator("#import-decision")).containsText("A senior transport officer must apply this import");
            assertThat(page.locator("#confirm-import")).hasCount(0);
            assertAccessible("school register with a file waiting");

            newSession();
            page.navigate(url("sign-in"));
            signInAs("staff", "senior-sunil");
            openSchoolRegister();
            assertThat(page.locator("#import-report")).containsText("Brooke Priory Prep School (URN 120340): name");
            page.locator("#confirm-import").click();
            assertThat(page.locator("#import-summary")).containsText("Applied by Sunil Mehta");
            assertThat(page.locator("#schools")).containsText("Brooke Priory Prep School");
            assertAccessible("school register after an import");
        } finally {
            SchoolFixtures.restoreRutland(imports);
        }
    }

    private void openSchoolRegister() {
        page.locator("nav[aria-label=Menu] a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("School register")).click();
        assertThat(page.locator("h1")).hasText("School register");
    }

    @Test
    void a_finance_officer_lands_on_the_payments_page() {
        page.navigate(url("sign-in"));
        signInAs("staff", "finance-fatima");
        assertThat(page.locator("h1")).hasText("Payments");
        assertAccessible("payments page");
    }

    @Test
    void a_manager_lands_on_the_dashboard_sees_its_charts_and_tables_and_downloads_a_csv() throws java.io.IOException {
        page.navigate(url("sign-in"));
        signInAs("staff", "manager-maya");

        assertThat(page.locator("h1")).hasText("Reports");
        assertThat(page.locator("nav[aria-label=Menu]")).containsText("Reports");
        assertThat(page.locator("nav[aria-label=Menu]")).not().containsText("Work queue");
        // Chart.js drew each chart from the production bundle; the table beside it has the same figures.
        for (String figure : new String[] {"decisions", "open-work", "challenges", "take-up", "cost", "payments", "dfe-return"}) {
            assertThat(page.locator("#" + figure + "-chart canvas[role=img]")).isVisible();
            assertThat(page.locator("#" + figure + " table")).isVisible();
        }
        assertThat(page.locator("#decisions table tbody tr")).hasCount(12);
        assertThat(page.locator("#take-up table thead")).containsText("Target (%)");
        assertThat(page.locator("#cost table tbody tr")).hasCount(3);
        assertThat(page.locator("#cost .ta-counted-how")).containsText("in a single-occupancy taxi at £9,800.00 a year");
        assertThat(page.locator("#payments table thead")).containsText("Paid on time");
        assertAccessible("dashboard (manager)");

        var costs = page.waitForDownload(() -> page.locator("#cost-csv").click());
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(costs.path()).lines().toList()).hasSize(4).first()
                .isEqualTo("Arrangement,Children,What they cost (£),Contracted transport for the same children and days (£),Saving (£),Saving (%)");

        var download = page.waitForDownload(() -> page.locator("#decisions-csv").click());
        var csv = java.nio.file.Files.readString(download.path());
        assertThat(page.locator("h1")).hasText("Reports");
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("decisions-").endsWith(".csv");
        org.assertj.core.api.Assertions.assertThat(csv.lines().toList()).hasSize(13)
                .first().isEqualTo("Month,Received,Decided,Decided within 20 working days,Share decided within 20 working days (%)");

        page.navigate(url("officer/queue"));
        assertThat(page.locator("h1")).hasText("Page not found");
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

    @Autowired ApplicationService applications;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;

    @Test
    void at_320_pixels_focus_is_visible_and_the_work_queue_scrolls_by_keyboard() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.submit(id, true);
        TestUsers.signOut();

        page.setViewportSize(320, 640);
        page.navigate(url(""));
        page.locator("#sign-in-link").focus();
        assertAccessible("start page at 320 px, Sign in focused");

        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        var region = page.locator("#queue [role=region]");
        assertThat(region).hasAttribute("tabindex", "0");
        assertThat(region).hasAccessibleName("Applications in the work queue");
        region.focus();
        double before = ((Number) region.evaluate("region => region.scrollLeft")).doubleValue();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("End");
        assertThat(page.locator("#queue table")).isVisible();
        page.waitForCondition(() -> ((Number) region.evaluate("region => region.scrollLeft")).doubleValue() > before);
        assertAccessible("work queue at 320 px, table focused");
    }
}
