package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.audit.AuditTrail;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** Sign-ins and refusals by role are in the audit trail, with who did it. */
class SecurityAuditE2EIT extends BrowserJourney {

    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail auditTrail;
    @Autowired AppUserDirectory directory;
    // The audit trail dates records by the portal's clock, which a run may start at another day.
    @Autowired MovableClock clock;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_sign_in_is_recorded_once_with_the_person_their_role_and_provider() {
        Instant start = clock.instant().minusSeconds(1);
        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        assertThat(page.locator("h1")).hasText("Work queue");

        Instant end = clock.instant().plusSeconds(1);

        UUID olivia = account("officer-olivia");
        // Bounded on both sides: journeys that move the portal's clock on leave sign-ins dated in the future.
        var rows = jdbc.queryForList("select actor_id, actor_role, after_state::text as after from audit_record"
                + " where action = 'SIGNED_IN' and record_id = ? and occurred_at between ? and ?",
                olivia.toString(), Timestamp.from(start), Timestamp.from(end));
        org.assertj.core.api.Assertions.assertThat(rows).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(rows.getFirst()).containsEntry("actor_id", olivia).containsEntry("actor_role", "OFFICER");
        org.assertj.core.api.Assertions.assertThat(rows.getFirst().get("after").toString()).contains("staff");
    }

    @Test
    void a_parent_opening_an_officers_page_is_refused_and_the_refusal_recorded() {
        Instant start = clock.instant().minusSeconds(1);
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        assertThat(page.locator("h1")).hasText("Your household");

        page.navigate(url("officer/queue"));
        assertThat(page.locator("h1")).hasText("Page not found");

        Map<String, Object> refusal = jdbc.queryForMap("select actor_id, record_type from audit_record where action = 'REFUSED'"
                + " and record_id = '/officer/queue' and occurred_at >= ? order by id desc limit 1", Timestamp.from(start));
        org.assertj.core.api.Assertions.assertThat(refusal).containsEntry("actor_id", account("parent-priya")).containsEntry("record_type", "Page");
    }

    @Test
    void a_service_refusing_a_role_records_who_tried_what() {
        var parent = TestUsers.newParent(directory);
        assertThatThrownBy(() -> auditTrail.forRecord("UserAccount", parent.id().toString())).isInstanceOf(AccessDeniedException.class);

        Map<String, Object> refusal = jdbc.queryForMap("select actor_id, actor_role, record_type from audit_record where action = 'REFUSED'"
                + " and record_id = 'AuditTrail.forRecord' order by id desc limit 1");
        org.assertj.core.api.Assertions.assertThat(refusal).containsEntry("actor_id", parent.id())
                .containsEntry("actor_role", "PARENT").containsEntry("record_type", "Method");
    }

    private UUID account(String subject) {
        return jdbc.queryForObject("select id from user_account where subject = ?", UUID.class, subject);
    }
}
