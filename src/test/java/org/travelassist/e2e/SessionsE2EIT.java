package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.TestClock;
import org.travelassist.accounts.AccountSessions;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/**
 * Sessions end after their absolute lifetime however busy they are (families 1 hour, staff 8), and when a senior
 * officer ends a person's sessions; the person can sign in again straight away.
 */
class SessionsE2EIT extends BrowserJourney {

    @Autowired TestClock.MovableClock clock;
    @Autowired AccountSessions sessions;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
        TestUsers.signOut();
    }

    @Test
    void a_familys_session_ends_an_hour_after_sign_in_even_while_in_use() {
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        assertThat(page.locator("h1")).hasText("Your household");

        clock.advance(Duration.ofMinutes(59));
        page.navigate(url("household"));
        assertThat(page.locator("h1")).hasText("Your household");

        clock.advance(Duration.ofMinutes(2));
        page.navigate(url("household"));
        assertThat(page.locator("h1")).hasText("Sign in to Travel Assist");
    }

    @Test
    void a_staff_session_lasts_a_working_day() {
        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        assertThat(page.locator("h1")).hasText("Work queue");

        clock.advance(Duration.ofHours(7).plusMinutes(50));
        page.navigate(url("officer/queue"));
        assertThat(page.locator("h1")).hasText("Work queue");

        clock.advance(Duration.ofMinutes(11));
        page.navigate(url("officer/queue"));
        assertThat(page.locator("h1")).hasText("Sign in to Travel Assist");
    }

    @Test
    void a_senior_officer_ends_someones_sessions_and_the_audit_trail_says_who_and_why() {
        page.navigate(url("sign-in"));
        signInAs("staff", "finance-fatima");
        assertThat(page.locator("h1")).hasText("Payments");
        UUID fatima = jdbc.queryForObject(
                "select id from user_account where identity_provider = 'staff' and subject = 'finance-fatima'", UUID.class);

        TestUsers.newStaff(directory, "TransportOfficer");
        assertThatThrownBy(() -> sessions.endSessions(fatima, "I am not allowed to")).isInstanceOf(AccessDeniedException.class);
        var senior = TestUsers.newStaff(directory, "SeniorTransportOfficer");
        clock.advance(Duration.ofSeconds(1)); // after the sign-in, by the portal's clock
        sessions.endSessions(fatima, "Laptop reported lost");

        page.navigate(url("finance/payments"));
        assertThat(page.locator("h1")).hasText("Sign in to Travel Assist");
        var audit = jdbc.queryForMap("select actor_id, action, after_state::text as after from audit_record"
                + " where record_type = 'UserAccount' and record_id = ? order by id desc limit 1", fatima.toString());
        org.assertj.core.api.Assertions.assertThat(audit.get("actor_id")).isEqualTo(senior.id());
        org.assertj.core.api.Assertions.assertThat(audit.get("action")).isEqualTo("CHANGED");
        org.assertj.core.api.Assertions.assertThat(audit.get("after").toString()).contains("Laptop reported lost");

        clock.advance(Duration.ofSeconds(1));
        signInAs("staff", "finance-fatima");
        assertThat(page.locator("h1")).hasText("Payments");
    }

    @Test
    void staff_roles_come_from_the_identity_provider_at_every_sign_in() {
        String subject = "staff-" + UUID.randomUUID();
        var first = directory.signIn("staff", subject, null, "Rosa", org.travelassist.security.AppRoles.forStaff(java.util.List.of("SeniorTransportOfficer")));
        var later = directory.signIn("staff", subject, null, "Rosa", org.travelassist.security.AppRoles.forStaff(java.util.List.of("FinanceOfficer")));
        org.assertj.core.api.Assertions.assertThat(later.id()).isEqualTo(first.id());
        org.assertj.core.api.Assertions.assertThat(first.roles()).contains("SENIOR_OFFICER");
        org.assertj.core.api.Assertions.assertThat(later.roles()).containsExactly("FINANCE");
    }
}
