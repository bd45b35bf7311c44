package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
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
        assertAccessibleWithoutResizing("session time-out warning");
        letTheServerAnswer();
        assertThat(warning).isVisible(); // reading it changed nothing

        // Staying is a round trip to the server, which restarts its idle clock; the page's restarts when it answers.
        page.waitForResponse(response -> response.url().contains("v-r=uidl"), () -> page.locator("#stay-signed-in").click());
        assertThat(warning).isHidden();
        idleUntilWarned(warning);

        page.keyboard().press("Escape"); // Escape also means "stay signed in"
        assertThat(warning).isHidden();
        idleUntilWarned(warning);

        page.locator("#timeout-sign-out").click();
        page.waitForURL("**/signed-out**");
        assertThat(page.locator("#sign-in-link")).isVisible();
    }

    /**
     * Moves the page's clock on until two minutes before the sign-out, and checks the warning shows then and not
     * before, and that the idle page then stays quiet: no request of its own closes the warning.
     */
    private void idleUntilWarned(Locator warning) {
        letTheServerAnswer();
        page.clock().fastForward(Duration.ofMinutes(27).toMillis());
        assertThat(warning).isHidden();
        page.clock().fastForward(Duration.ofSeconds(65).toMillis());
        assertThat(warning).isVisible();
        letTheServerAnswer();
        assertThat(warning).isVisible();
    }

    /**
     * Fires what the page has waiting on its clock and waits until Vaadin has no request in flight, as TestBench
     * does. Just after a page renders, Vaadin sends its components' first property values (the queue's select and
     * checkboxes): when that request was still in flight as the clock jumped, its answer came after the warning had
     * opened and rightly closed it (a round trip restarts the idle clocks). A load state would not do: a Vaadin page reaches "network idle" once, at its first load.
     */
    private void letTheServerAnswer() {
        page.clock().runFor(1000);
        page.waitForFunction("() => Object.values(window.Vaadin?.Flow?.clients ?? {}).every(client => typeof client.isActive !== 'function' || !client.isActive())");
    }
}
