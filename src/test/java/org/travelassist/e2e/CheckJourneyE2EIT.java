package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.schools.SchoolFixtures;
import org.travelassist.schools.SchoolRegister;

/** A newcomer, signed out, checks a Rutland postcode and reads the provisional answer with its reasons. */
class CheckJourneyE2EIT extends BrowserJourney {

    static final String CASTERTON = "137340";

    @Autowired JdbcTemplate jdbc;
    @Autowired SchoolRegister register;

    @Test
    void a_newcomer_checks_a_village_postcode_and_sees_the_nearest_schools_the_route_and_the_answer() {
        page.navigate(url(""));
        page.locator("#check-link").click();
        assertThat(page.locator("h1")).hasText("Check if your child can get help with travel to school");
        assertAccessible("checker");

        page.locator("#check").click();
        assertThat(page.locator("#error-summary")).containsText("Enter your home postcode");
        assertThat(page.locator("#error-summary")).containsText("Enter your child's date of birth");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        assertAccessible("checker with errors");

        answer("pe93te");

        assertThat(page.locator("#outcome")).hasText("Your child is likely to get free travel to school");
        assertThat(page.locator("main")).containsText("This is a provisional answer, not a decision.");
        assertThat(page.locator("#facts")).containsText("PE9 3TE");
        assertThat(page.locator("#facts")).containsText("Casterton College Rutland");
        assertThat(page.locator("#facts")).containsText(Pattern.compile("\\d+\\.\\d{2} miles \\([\\d,]+ metres\\)"));
        assertThat(page.locator("#category-C")).containsText("Met");
        assertThat(page.locator("#route")).containsText("The shortest walking route we found from PE9 3TE to Casterton College Rutland");
        assertThat(page.locator("main")).containsText("© OpenStreetMap contributors");
        assertThat(page.locator("#schools tbody tr").first()).containsText("Ketton C Of E Primary School");
        assertThat(page.locator("#indicative")).hasCount(0);
        // The map draws the route and the two points (tests load no tiles: the tile URL is empty here), over the
        // network's own streets and paths.
        assertThat(page.locator("#route-map path.leaflet-interactive")).hasCount(3);
        org.assertj.core.api.Assertions.assertThat(page.locator("#route-map path.ta-route-map__street").count()).isGreaterThan(100);
        assertThat(page.locator("#route-map")).containsText("Casterton College Rutland");
        assertAccessible("checker result");

        // A click just beside home places a pin there and measures again from it.
        var home = page.locator("#route-map path.leaflet-interactive").nth(1).boundingBox();
        page.mouse().click(home.x + home.width / 2 + 14, home.y + home.height / 2 + 14);
        assertThat(page.locator("#facts")).containsText("The point you placed on the map, near PE9 3TE");
        assertThat(page.locator("#facts")).containsText("from the point you placed on the map to the school");
        assertThat(page.locator("#facts")).not().containsText("centre of your postcode");
        assertThat(page.locator("#route")).containsText("The shortest walking route we found from the point you placed on the map near PE9 3TE");
        assertThat(page.locator("#category-C")).containsText("Met");
        assertThat(page.locator("main")).not().containsText("..");
        assertAccessible("checker result from a pin");

        // Without a pointer: the buttons move home 25 m at a time, say what changed, and keep the keyboard in place.
        assertThat(page.locator("#home-mover-hint")).containsText("25 metres at a time");
        String before = page.locator("#facts").innerText();
        page.locator("#move-home-north").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#home-status")).containsText("Home moved 25 metres north. The walking distance to Casterton College Rutland is now");
        assertThat(page.locator("#move-home-north")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#home-status")).containsText("Home moved 25 metres north.");
        org.assertj.core.api.Assertions.assertThat(page.locator("#facts").innerText()).isNotEqualTo(before);
        assertAccessible("checker result after moving home by keyboard");

        // On paper: no header, buttons or zoom control, the map whole, at most two pages.
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("header")).isHidden();
        assertThat(page.locator(".leaflet-control-zoom")).isHidden();
        assertThat(page.locator("#home-mover")).isHidden();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Path.of("target", "journey-screenshots", "CheckJourneyE2EIT - checker result printed.png")));
        byte[] pdf = page.pdf(new com.microsoft.playwright.Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true)
                .setPath(java.nio.file.Path.of("target", "journey-screenshots", "CheckJourneyE2EIT - checker result.pdf")));
        int pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).results().mapToInt(m -> 1).sum();
        System.out.println("The checker's answer prints on " + pages + " A4 pages");
        org.assertj.core.api.Assertions.assertThat(pages).isBetween(1, 2);
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

        page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Change your answers")).click();
        assertThat(page.locator("#postcode input")).hasValue("pe93te");
    }

    @Test
    void an_unknown_postcode_gets_a_message_the_person_can_act_on() {
        page.navigate(url("check"));
        answer("LE15 1AA");
        assertThat(page.locator("#error-summary")).containsText("We cannot find LE15 1AA");
        assertAccessible("checker with an unknown postcode");
    }

    @Test
    void markup_in_a_school_name_is_shown_as_text_on_the_map_and_never_run() {
        String markup = "Casterton <img src=x onerror=\"window.__xss=1\">";
        String old = SchoolFixtures.rename(jdbc, register, CASTERTON, markup);
        try {
            page.navigate(url("check"));
            answer("pe93te");
            assertThat(page.locator("#facts")).containsText(markup);
            var tooltip = page.locator("#route-map .leaflet-tooltip", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Casterton"));
            assertThat(tooltip).hasText(markup);
            assertThat(page.locator("#route-map img")).hasCount(0);
            assertThat(page.locator("main img[src=x]")).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(page.evaluate("typeof window.__xss")).isEqualTo("undefined");
        } finally {
            SchoolFixtures.rename(jdbc, register, CASTERTON, old);
        }
    }

    /** Answers the checker for a child born on 1 May 2014 at this postcode. */
    @Test
    void typing_part_of_a_schools_name_and_pressing_enter_chooses_the_one_school_that_matches() {
        page.navigate(url("check"));
        page.locator("#school input").fill("Catmose Prim");
        page.locator("#school input").press("Enter");
        assertThat(page.locator("#school input")).hasValue(Pattern.compile("^Catmose Primary School"));
        page.locator("#postcode input").fill("LE15 7HY");
        page.locator("#dateOfBirth-day input").fill("1");
        page.locator("#dateOfBirth-month input").fill("5");
        page.locator("#dateOfBirth-year input").fill("2018");
        page.locator("#check").click();
        assertThat(page.locator("#facts")).containsText("Catmose Primary School");
    }

    void answer(String postcode) {
        page.locator("#postcode input").fill(postcode);
        page.locator("#dateOfBirth-day input").fill("1");
        page.locator("#dateOfBirth-month input").fill("5");
        page.locator("#dateOfBirth-year input").fill("2014");
        page.locator("#check").click();
    }
}
