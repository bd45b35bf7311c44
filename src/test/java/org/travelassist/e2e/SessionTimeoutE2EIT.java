package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The warning before the idle sign-out (WCAG 2.2.1), with the browser's clock moved on by Playwright: the page's
 * timers run on it, while the server stays at real time, so "Stay signed in" is seen to go to the server.
 */
class SessionTimeoutE2EIT extends BrowserJourney {

    @Test
    void two_minutes_before_the_idle_sign_out_a_dialog_offers_to_stay_signed_in_or_sign_out() {
        context.clock().install();
        page.navigate(url(""));
        assertThat(page.locator("#session-timeout")).hasCount(0); // nobody to sign out

        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        assertThat(page.locator("h1")).hasText("Work queue");
        var warning = page.locator("#session-timeout");
        assertThat(warning).isHidden();

        idleUntilWarned(warning);
        assertThat(warning).hasAttribute("role", "alertdialog");
        assertThat(warning).hasAccessibleName("You will be signed out soon");
        assertThat(page.locator("#stay-signed-in")).isFocused();
        assertAccessibleAsItIs("session time-out warning");
        if (!warning.isVisible()) {
            idleUntilWarned(warning); // the size report came while axe read the page
        }

        // Staying is a round trip to the server, which restarts its idle clock; the page's restarts when it answers.
        page.waitForResponse(response -> response.url().contains("v-r=uidl"), () -> page.locator("#stay-signed-in").click());
        assertThat(warning).isHidden();
        idleUntilWarned(warning);

        page.keyboard().press("Escape"); // Escape also means "stay signed in"
        assertThat(warning).isHidden();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        idleUntilWarned(warning);

        page.locator("#timeout-sign-out").click();
        page.waitForURL("**/signed-out**");
        assertThat(page.locator("#sign-in-link")).isVisible();
    }

    /**
     * Moves the page's clock on until two minutes before the sign-out, and checks the warning shows then and not
     * before. Vaadin's page sometimes reports its window size to the server just after the warning opens: a real
     * round trip, which rightly restarts the idle clock and closes the warning, so the page is then idle again.
     */
    private void idleUntilWarned(Locator warning) {
        for (int attempt = 0; attempt < 3; attempt++) {
            page.clock().fastForward(Duration.ofMinutes(27).toMillis());
            assertThat(warning).isHidden();
            page.clock().fastForward(Duration.ofSeconds(65).toMillis());
            assertThat(warning).isVisible();
            page.waitForTimeout(2000); // the report comes a moment after the warning opens, if it comes
            page.waitForLoadState(LoadState.NETWORKIDLE);
            if (warning.isVisible()) {
                return;
            }
        }
        throw new AssertionError("The warning kept closing by itself: something makes round trips while the page is idle");
    }
}
