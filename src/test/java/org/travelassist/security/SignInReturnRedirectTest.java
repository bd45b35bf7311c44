package org.travelassist.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInReturnRedirectTest {

    @Test
    void the_page_asked_for_travels_to_the_signed_in_page_as_a_relative_path() {
        assertThat(SignInReturnRedirect.target("http://localhost:8080/household", ""))
                .isEqualTo("/signed-in?to=%2Fhousehold");
        assertThat(SignInReturnRedirect.target("https://portal.example/ta/officer/applications/42?tab=letters", "/ta"))
                .isEqualTo("/signed-in?to=%2Fofficer%2Fapplications%2F42%3Ftab%3Dletters");
    }

    @Test
    void nothing_worth_returning_to_is_the_plain_signed_in_page() {
        assertThat(SignInReturnRedirect.target("/signed-in", "")).isEqualTo("/signed-in");
        assertThat(SignInReturnRedirect.target("http://localhost:8080/", "")).isEqualTo("/signed-in");
        assertThat(SignInReturnRedirect.target("http://localhost:8080", "")).isEqualTo("/signed-in");
        assertThat(SignInReturnRedirect.target("http://localhost:8080/other-app/x", "/ta")).isEqualTo("/signed-in");
        assertThat(SignInReturnRedirect.target("not a url", "")).isEqualTo("/signed-in");
    }
}
