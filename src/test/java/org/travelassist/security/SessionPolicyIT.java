package org.travelassist.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.travelassist.IntegrationTest;

@IntegrationTest
class SessionPolicyIT {

    @Autowired Environment environment;

    @Test
    void idle_sessions_end_within_an_hour_even_with_a_tab_left_open() {
        Duration timeout = environment.getRequiredProperty("server.servlet.session.timeout", Duration.class);
        assertThat(timeout).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(60));
        // Without this, Vaadin's heartbeat from an open tab would keep the session alive for ever.
        assertThat(environment.getRequiredProperty("vaadin.close-idle-sessions", Boolean.class)).isTrue();
    }
}
