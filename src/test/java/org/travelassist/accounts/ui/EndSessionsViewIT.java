package org.travelassist.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.security.TestUsers;

class EndSessionsViewIT extends BrowserlessViewTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void a_senior_officer_signs_someone_out_everywhere_giving_a_reason() {
        var parent = TestUsers.newParent(directory);
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, parent.id());
        TestUsers.newStaff(directory, "SeniorTransportOfficer");
        EndSessionsView view = navigate(EndSessionsView.class);

        test(view.end).click();
        assertThat(view.errors.messages()).containsOnlyKeys("email", "reason");
        assertThat(jdbc.queryForObject("select sessions_ended_at from user_account where id = ?", Instant.class, parent.id())).isNull();

        test(view.email).setValue(email.toUpperCase(java.util.Locale.ROOT));
        test(view.reason).setValue("The family reported their phone stolen");
        test(view.end).click();

        assertThat(view.done.getText()).startsWith("Signed out everywhere");
        assertThat(jdbc.queryForObject("select sessions_ended_at from user_account where id = ?", Instant.class, parent.id())).isNotNull();
    }

    @Test
    void only_a_senior_officer_may_open_the_page() {
        TestUsers.newStaff(directory, "TransportOfficer");
        navigate("officer/end-sessions", org.travelassist.shared.ui.NotFoundView.class);
    }
}
