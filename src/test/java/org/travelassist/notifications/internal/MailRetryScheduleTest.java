package org.travelassist.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication.Status;

/**
 * Failed email is tried again 1, 2, 4 ... minutes after its last try, at most an hour apart, for 24 hours: a relay
 * down for ten minutes, or for a night, loses nothing, and only what still fails after a day is given up.
 */
class MailRetryScheduleTest {

    static final Instant FIRST_TRY = Instant.parse("2026-12-01T10:00:00Z");

    final MailRetrySchedule schedule = new MailRetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24),
            Duration.ofMinutes(5));

    @Test
    void each_wait_doubles_up_to_an_hour() {
        assertThat(schedule.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.waitAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(schedule.waitAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(schedule.waitAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.waitAfter(1_000_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void thirty_tries_over_a_day_then_it_gives_up() {
        assertThat(schedule.mostTries()).isEqualTo(30);
        assertThat(schedule.keepsTryingFor()).isEqualTo(Duration.ofHours(24).plusMinutes(3));
        assertThat(schedule.givesUpAfter(29)).isFalse();
        assertThat(schedule.givesUpAfter(30)).isTrue();
        assertThat(schedule.due(Status.FAILED, FIRST_TRY, 30, FIRST_TRY.plus(Duration.ofDays(365)))).as("never a 31st try").isFalse();
    }

    @Test
    void a_relay_down_for_ten_minutes_costs_four_tries_and_the_fifth_is_at_fifteen_minutes() {
        List<Duration> tries = triesUntil(Duration.ofMinutes(10));
        assertThat(tries).containsExactly(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(3), Duration.ofMinutes(7));
        assertThat(triesUntil(Duration.ofMinutes(15))).last().isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void an_email_is_due_once_its_wait_since_the_last_try_has_passed() {
        Instant tried = FIRST_TRY.plus(Duration.ofMinutes(3));
        assertThat(schedule.nextTry(tried, 3)).isEqualTo(tried.plus(Duration.ofMinutes(4)));
        assertThat(schedule.due(Status.FAILED, tried, 3, tried.plus(Duration.ofMinutes(4)).minusMillis(1))).isFalse();
        assertThat(schedule.due(Status.FAILED, tried, 3, tried.plus(Duration.ofMinutes(4)))).isTrue();
    }

    @Test
    void a_try_under_way_is_left_alone_unless_its_node_stopped_long_ago() {
        Instant tried = FIRST_TRY;
        Instant soon = tried.plus(Duration.ofMinutes(2));
        Instant later = tried.plus(Duration.ofMinutes(5));
        assertThat(schedule.due(Status.PROCESSING, tried, 1, soon)).as("still sending").isFalse();
        assertThat(schedule.due(Status.PUBLISHED, tried, 1, soon)).as("waiting for a sending thread").isFalse();
        assertThat(schedule.due(null, tried, 1, soon)).isFalse();
        assertThat(schedule.due(Status.PROCESSING, tried, 1, later)).as("its node stopped mid-send").isTrue();
        assertThat(schedule.due(Status.PUBLISHED, tried, 1, later)).isTrue();
        assertThat(schedule.due(Status.RESUBMITTED, tried, 1, later)).as("the registry refuses a second resubmission").isFalse();
        assertThat(schedule.due(Status.COMPLETED, tried, 1, later)).isFalse();
    }

    @Test
    void a_schedule_that_cannot_work_is_refused_at_start_up_with_the_settings_named() {
        assertThatThrownBy(() -> new MailRetrySchedule(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(24), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("travelassist.mail.retry-after");
        assertThatThrownBy(() -> new MailRetrySchedule(Duration.ofHours(2), Duration.ofHours(1), Duration.ofHours(24), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retry-at-most");
        assertThatThrownBy(() -> schedule.waitAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void for_any_settings_the_tries_span_at_least_the_time_asked_and_stop_at_the_first_try_that_does() {
        qt().forAll(integers().between(10, 600), integers().between(1, 64), integers().between(0, 3 * 24 * 60))
                .checkAssert((firstSeconds, factor, keepMinutes) -> {
                    Duration first = Duration.ofSeconds(firstSeconds);
                    var any = new MailRetrySchedule(first, first.multipliedBy(factor), Duration.ofMinutes(keepMinutes), Duration.ofMinutes(5));

                    Duration beforeTheLast = Duration.ZERO;
                    for (int tries = 1; tries < any.mostTries() - 1; tries++) {
                        beforeTheLast = beforeTheLast.plus(any.waitAfter(tries));
                    }
                    assertThat(any.keepsTryingFor()).isGreaterThanOrEqualTo(Duration.ofMinutes(keepMinutes));
                    if (any.mostTries() > 1) {
                        assertThat(beforeTheLast).as("one try fewer would stop short").isLessThan(Duration.ofMinutes(keepMinutes));
                    } else {
                        assertThat(keepMinutes).isZero();
                    }
                });
    }

    @Test
    void for_any_tries_the_waits_never_shrink_and_stay_within_the_bounds() {
        qt().forAll(integers().between(1, 10_000), integers().between(1, 600), integers().between(1, 64))
                .checkAssert((tries, firstSeconds, factor) -> {
                    Duration first = Duration.ofSeconds(firstSeconds);
                    Duration longest = first.multipliedBy(factor);
                    var any = new MailRetrySchedule(first, longest, Duration.ofHours(24), Duration.ofMinutes(5));

                    assertThat(any.waitAfter(tries)).isBetween(first, longest);
                    assertThat(any.waitAfter(tries + 1)).isGreaterThanOrEqualTo(any.waitAfter(tries));
                    assertThat(any.waitAfter(tries + 1)).isLessThanOrEqualTo(any.waitAfter(tries).multipliedBy(2));
                });
    }

    @Test
    void for_any_job_cadence_an_email_failing_every_try_is_tried_exactly_the_most_tries_and_never_before_its_wait() {
        qt().withExamples(40).forAll(integers().between(10, 600)).checkAssert(everySeconds -> {
            Duration every = Duration.ofSeconds(everySeconds);
            Instant lastTried = FIRST_TRY;
            int tries = 1;
            for (Instant now = FIRST_TRY; now.isBefore(FIRST_TRY.plus(Duration.ofDays(3))); now = now.plus(every)) {
                if (schedule.due(Status.FAILED, lastTried, tries, now)) {
                    assertThat(Duration.between(lastTried, now)).isGreaterThanOrEqualTo(schedule.waitAfter(tries));
                    lastTried = now;
                    tries++;
                }
            }
            assertThat(tries).isEqualTo(schedule.mostTries());
            assertThat(Duration.between(FIRST_TRY, lastTried)).isGreaterThanOrEqualTo(Duration.ofHours(24));
        });
    }

    /** When a job running every minute tries an email that keeps failing, from its first try until {@code until}. */
    private List<Duration> triesUntil(Duration until) {
        List<Duration> tries = new ArrayList<>(List.of(Duration.ZERO));
        Instant lastTried = FIRST_TRY;
        for (Duration at = Duration.ofMinutes(1); at.compareTo(until) <= 0; at = at.plusMinutes(1)) {
            if (schedule.due(Status.FAILED, lastTried, tries.size(), FIRST_TRY.plus(at))) {
                tries.add(at);
                lastTried = FIRST_TRY.plus(at);
            }
        }
        return tries;
    }
}
