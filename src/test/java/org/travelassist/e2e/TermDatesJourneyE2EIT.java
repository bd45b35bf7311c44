package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.TestClock;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.schools.SchoolYear;
import org.travelassist.schools.TermCalendars;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** An officer reads the term dates, gives a school its own from a CSV file, and sees who works at which school. */
class TermDatesJourneyE2EIT extends BrowserJourney {

    static final String CASTERTON = "137340";

    @Autowired TermCalendars calendars;
    @Autowired AppUserDirectory directory;
    @Autowired MovableClock clock;

    @AfterEach
    void backToTheCouncilCalendar() {
        clock.reset();
        TestUsers.newStaff(directory, "TransportOfficer");
        calendars.schoolsWithOwnCalendar(new SchoolYear(2026)).forEach(urn -> calendars.removeOwnCalendar(urn, new SchoolYear(2026)));
        TestUsers.signOut();
    }

    @Test
    void an_officer_uploads_a_schools_term_dates_checks_them_and_applies_them() throws java.io.IOException {
        Path file = Files.createTempFile("casterton-term-dates-", ".csv");
        Files.writeString(file, """
                kind,from,to,name
                term,2026-09-03,2026-12-17,Michaelmas term
                holiday,2026-10-19,2026-10-30,Two-week half term
                term,2027-01-05,2027-03-24,Lent term
                term,2027-04-13,2027-07-16,Trinity term
                """);
        // The page opens on the school year of today: 2026 to 2027, the year of the file and of the council's dates.
        clock.moveTo(TestClock.IN_THE_AUTUMN_TERM);
        try {
            page.navigate(url("sign-in"));
            signInAs("staff", "officer-olivia");
            page.locator("nav[aria-label=Menu] a", new Page.LocatorOptions().setHasText("Term dates")).click();
            assertThat(page.locator("h1")).hasText("Term dates");
            assertThat(page.locator("#term-dates-calendar")).containsText("The council's term dates for 2026 to 2027");
            assertThat(page.locator("#term-dates-calendar")).containsText("October half term (holiday)");
            assertAccessible("term dates (council)");
            var download = page.waitForDownload(() -> page.locator("#term-dates-csv").click());
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("term-dates-council-2026.csv");
            org.assertj.core.api.Assertions.assertThat(Files.readString(download.path()).lines().toList())
                    .startsWith("kind,from,to,name", "term,2026-09-01,2026-12-18,Autumn term").hasSize(15);

            page.locator("#term-dates-owner input").fill("Casterton College");
            page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Casterton College Rutland")).click();
            assertThat(page.locator("#term-dates-calendar")).containsText("the council's standard calendar applies");

            page.locator("#term-dates-upload input[type=file]").setInputFiles(file);
            assertThat(page.locator("#term-dates-report")).containsText("Check the term dates in " + file.getFileName());
            assertThat(page.locator("#term-dates-report")).containsText("Two-week half term (holiday)");
            assertAccessible("term dates, a file checked");

            page.locator("#apply-term-dates").click();
            assertThat(page.locator("#term-dates-calendar")).containsText("The school's own term dates. Loaded from " + file.getFileName()
                    + " by Olivia Grant");
            assertThat(page.locator("#back-to-council-dates")).isVisible();
            assertAccessible("term dates (the school's own)");

            page.locator("nav[aria-label=Menu] a", new Page.LocatorOptions().setHasText("School staff")).click();
            assertThat(page.locator("h1")).hasText("School staff");
            assertThat(page.locator("#staff-members")).containsText("Sarah Quinn");
            assertThat(page.locator("#staff-members")).containsText("Casterton College Rutland (URN " + CASTERTON + ")");
            assertAccessible("school staff");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
