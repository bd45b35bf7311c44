package org.travelassist.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.travelassist.IntegrationTest;

/**
 * A journey a person takes in a real Chromium against the running portal (the one app all integration tests
 * share). One browser for the whole run, a fresh context (cookies, session) per journey. Every page visited is
 * scanned with axe-core for WCAG 2.0, 2.1 and 2.2 A and AA: no serious or critical violation is allowed.
 */
@IntegrationTest
abstract class BrowserJourney {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort int port;
    BrowserContext context;
    Page page;

    static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"));
            // The system Chromium where there is one (CI installs it); otherwise Playwright's own browser.
            String configured = System.getenv("CHROMIUM_PATH");
            Path chromium = Path.of(configured != null ? configured : "/usr/bin/chromium");
            if (Files.isExecutable(chromium)) {
                options.setExecutablePath(chromium);
            }
            browser = playwright.chromium().launch(options);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    @BeforeEach
    void openBrowser() {
        context = browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /**
     * Signs in from the sign-in page through the local identity provider, scanning its login page on the way.
     *
     * @param provider "families" or "staff"
     */
    void signInAs(String provider, String demoAccount) {
        page.locator("#sign-in-" + provider).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Choose a demo account");
        assertAccessible("identity provider login page" + ("staff".equals(provider) ? " (staff)" : ""));
        page.locator("#" + demoAccount).click();
    }

    /** Opens a new, separate browser session (another person on another device). */
    Page newSession() {
        context.close();
        openBrowser();
        return page;
    }

    /**
     * Fails on any serious or critical WCAG A/AA violation on the page as it is now and again at 320 pixels wide,
     * and keeps a screenshot of each in target/journey-screenshots for people to look at.
     */
    void assertAccessible(String where) {
        assertAccessibleAsItIs(where);
        // And as on a phone: the same page at 320 pixels wide (WCAG 1.4.10), then back to the size it had.
        var size = page.viewportSize();
        if (size != null && size.width > PHONE_WIDTH) {
            page.setViewportSize(PHONE_WIDTH, size.height);
            try {
                assertAccessibleAsItIs(where + " at 320 px");
            } finally {
                page.setViewportSize(size.width, size.height);
            }
        }
    }

    private static final int PHONE_WIDTH = 320;

    /**
     * Fails on any serious or critical WCAG A/AA violation at the page's present size only: for a state that a resize would change, such as the time-out
     * warning that the page's own clock opened.
     */
    void assertAccessibleAsItIs(String where) {
        assertAccessibleAsItIs(where, true);
    }

    /**
     * As {@link #assertAccessibleAsItIs(String)}, with a screenshot of the window only: a full-page screenshot of a
     * page taller than the window resizes it for a moment, and Vaadin reports the new size to the server, a round
     * trip that a journey watching the idle clock must not get.
     */
    void assertAccessibleWithoutResizing(String where) {
        assertAccessibleAsItIs(where, false);
    }

    private void assertAccessibleAsItIs(String where, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(fullPage)
                .setPath(Path.of("target", "journey-screenshots", getClass().getSimpleName() + " - " + where + ".png")));
        var results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as("axe-core on %s (%s): %s", where, page.url(), serious.stream()
                        .map(rule -> rule.getId() + " " + rule.getImpact() + ": " + rule.getHelp() + " at "
                                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    /**
     * Reaches {@code control} (a {@code vaadin-checkbox} or {@code vaadin-radio-button}) with the Tab key from where
     * focus is now, and fails unless it then shows a strong focus indicator, which axe cannot judge: its box
     * (the shadow part {@code part}) gains a ring in the focus yellow at least 3 pixels wide that it did not have.
     */
    void assertKeyboardFocusVisible(com.microsoft.playwright.Locator control, String part, String where) {
        String style = "(el, part) => { const box = getComputedStyle(el.shadowRoot.querySelector('[part~=\"' + part + '\"]'));"
                + " return box.boxShadow + ' | outline ' + box.outlineStyle + ' ' + box.outlineWidth + ' ' + box.outlineColor; }";
        String unfocused = (String) control.evaluate(style, part);
        for (int presses = 0; presses < 30 && !Boolean.TRUE.equals(control.evaluate("el => el.matches(':focus-within')")); presses++) {
            page.keyboard().press("Tab");
        }
        assertThat((Boolean) control.evaluate("el => el.querySelector('input').matches(':focus-visible')"))
                .as("%s: reached by keyboard, its input matches :focus-visible", where).isTrue();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(control).hasAttribute("focus-ring", "");
        String focused = (String) control.evaluate(style, part);
        assertThat(focused).as("%s: focus indicator (unfocused it was %s)", where, unfocused)
                .isNotEqualTo(unfocused)
                .contains(FOCUS_YELLOW)
                .matches(".*(?:rgb\\(255, 221, 0\\) 0px 0px 0px ([3-9]|\\d{2,})px|outline solid ([3-9]|\\d{2,})px rgb\\(255, 221, 0\\)).*");
        assertAccessibleAsItIs(where + ", focused by keyboard");
    }

    /** GOV.UK's focus colour, {@code --ta-focus}. */
    private static final String FOCUS_YELLOW = "rgb(255, 221, 0)";

    /** Fills in "Add a child": born 10 December 2015, 1 High Street, Oakham, with an EHC plan. */
    void fillChild(String name, String postcode) {
        page.locator("#fullName input").fill(name);
        page.locator("#dateOfBirth-day input").fill("10");
        page.locator("#dateOfBirth-month input").fill("12");
        page.locator("#dateOfBirth-year input").fill("2015");
        page.locator("#addressLine1 input").fill("1 High Street");
        page.locator("#town input").fill("Oakham");
        page.locator("#postcode input").fill(postcode);
        page.locator("#hasEhcPlan vaadin-radio-button", new Page.LocatorOptions().setHasText("Yes")).click();
    }
}
