package org.travelassist.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.travelassist.notifications.internal.MailConfiguration.Backoff;

/** Failed emails are tried again after 1, 2, 4 ... minutes, at most an hour apart: ten tries outlast a long outage. */
class MailBackoffTest {

    final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void each_wait_doubles_up_to_an_hour() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(backoff.after(7)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void ten_tries_span_hours_so_a_ten_minute_outage_loses_nothing() {
        Duration beforeTheTenth = Duration.ZERO;
        for (int attempts = 1; attempts < 10; attempts++) {
            beforeTheTenth = beforeTheTenth.plus(backoff.after(attempts));
        }
        assertThat(beforeTheTenth).isGreaterThan(Duration.ofHours(3));
        // Within a ten-minute outage an email is tried four times, at 0, 1, 3 and 7 minutes; the next is at 15.
        Duration at = Duration.ZERO;
        int tries = 1;
        while (at.plus(backoff.after(tries)).compareTo(Duration.ofMinutes(10)) <= 0) {
            at = at.plus(backoff.after(tries++));
        }
        assertThat(tries).isEqualTo(4);
    }

    @Test
    void an_email_is_due_once_its_wait_since_the_last_try_has_passed() {
        Instant tried = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(backoff.due(tried, 3, tried.plus(Duration.ofMinutes(3)))).isFalse();
        assertThat(backoff.due(tried, 3, tried.plus(Duration.ofMinutes(4)))).isTrue();
    }
}
