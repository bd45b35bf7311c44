package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

        page.clock().fastForward(Duration.ofMinutes(27).toMillis());
        assertThat(warning).isHidden();
        page.clock().fastForward(Duration.ofSeconds(65).toMillis());
        assertThat(warning).isVisible();
        assertThat(warning).hasAttribute("role", "alertdialog");
        assertThat(warning).hasAccessibleName("You will be signed out soon");
        assertThat(page.locator("#stay-signed-in")).isFocused();
        assertAccessibleAsItIs("session time-out warning");

        // Staying is a round trip to the server, which restarts its idle clock; the page's restarts when it answers.
        page.waitForResponse(response -> response.url().contains("v-r=uidl"), () -> page.locator("#stay-signed-in").click());
        assertThat(warning).isHidden();
        page.clock().fastForward(Duration.ofMinutes(27).toMillis());
        assertThat(warning).isHidden();
        page.clock().fastForward(Duration.ofSeconds(65).toMillis());
        assertThat(warning).isVisible();

        page.keyboard().press("Escape"); // Escape also means "stay signed in"
        assertThat(warning).isHidden();
        page.clock().fastForward(Duration.ofSeconds(28 * 60 + 5).toMillis());
        assertThat(warning).isVisible();

        page.locator("#timeout-sign-out").click();
        page.waitForURL("**/signed-out**");
        assertThat(page.locator("#sign-in-link")).isVisible();
    }
}
