package org.travelassist.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.travelassist.TestClock;

class RoutingQuotaTest {

    final TestClock.MovableClock clock = new TestClock.MovableClock();
    final RoutingQuota quota = new RoutingQuota(3, 5, clock);

    @Test
    void a_session_gets_its_checks_and_then_a_clear_message_until_the_window_refills() {
        for (int i = 0; i < 3; i++) {
            assertThat(quota.refusal("session-a", "10.0.0.1")).as("check %d", i + 1).isEmpty();
        }
        assertThat(quota.refusal("session-a", "10.0.0.1")).hasValue(RoutingQuota.TOO_MANY);
        assertThat(quota.refusal("session-b", "10.0.0.2")).as("another person is not held up").isEmpty();

        clock.advance(RoutingQuota.WINDOW);
        assertThat(quota.refusal("session-a", "10.0.0.1")).isEmpty();
    }

    @Test
    void a_new_cookie_does_not_escape_the_limit_of_the_address() {
        for (int i = 0; i < 5; i++) {
            assertThat(quota.refusal("fresh-session-" + i, "192.0.2.7")).isEmpty();
        }
        assertThat(quota.refusal("fresh-session-99", "192.0.2.7")).hasValue(RoutingQuota.TOO_MANY);
        clock.advance(Duration.ofMinutes(2)); // a fifth of the window gives back a fifth of the address's checks
        assertThat(quota.refusal("fresh-session-100", "192.0.2.7")).isEmpty();
    }
}
