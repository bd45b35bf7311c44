package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Families sign in through One Login with a second factor, and the portal checks that the ID token says so. The
 * local identity provider issues whatever claims its login form posts, so the test alters them the way a
 * downgraded or forged sign-in would.
 */
class SecondFactorE2EIT extends BrowserJourney {

    @Test
    void a_sign_in_that_reached_only_a_password_is_refused_and_can_be_tried_again() {
        page.navigate(url("sign-in"));
        page.locator("#sign-in-families").click();
        assertThat(page.locator("h1")).hasText("Choose a demo account");
        alterClaims("parent-priya", "claims.vot = 'Cl'");
        page.locator("#parent-priya").click();

        assertThat(page.locator("h1")).hasText("You need to sign in with a second factor");
        assertThat(page).hasTitle("You need to sign in with a second factor - Travel Assist");
        assertThat(page.locator(".ta-account")).not().containsText("Signed in as");
        assertAccessible("second factor needed");

        page.locator("#try-again").click();
        assertThat(page.locator("h1")).hasText("Choose a demo account");
        page.locator("#parent-priya").click();
        assertThat(page.locator("h1")).hasText("Your household");
    }

    @Test
    void a_sign_in_whose_token_does_not_say_how_it_was_made_is_refused() {
        page.navigate(url("sign-in"));
        page.locator("#sign-in-families").click();
        alterClaims("parent-tom", "delete claims.vot");
        page.locator("#parent-tom").click();
        assertThat(page.locator("h1")).hasText("You need to sign in with a second factor");

        page.navigate(url("household"));
        assertThat(page.locator("h1")).not().hasText("Your household");
    }

    @Test
    void a_second_factor_under_another_providers_trustmark_is_refused() {
        page.navigate(url("sign-in"));
        page.locator("#sign-in-families").click();
        alterClaims("parent-tom", "claims.vtm = 'https://evil.example/trustmark'");
        page.locator("#parent-tom").click();
        assertThat(page.locator("h1")).hasText("You need to sign in with a second factor");
    }

    /** Changes the claims the demo login form will post for an account, e.g. {@code claims.vot = 'Cl'}. */
    private void alterClaims(String account, String change) {
        page.evaluate("([account, change]) => {"
                + " const input = document.getElementById(account).form.querySelector('input[name=claims]');"
                + " const claims = JSON.parse(input.value); new Function('claims', change)(claims);"
                + " input.value = JSON.stringify(claims); }", java.util.List.of(account, change));
    }
}
