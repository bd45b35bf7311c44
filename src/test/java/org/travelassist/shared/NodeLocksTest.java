package org.travelassist.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.travelassist.shared.ScheduledJobs.NodeLocks;

/** Every job's lock is held long enough that a second node firing the same cron a moment later skips it. */
class NodeLocksTest {

    static final Instant NOW = Instant.parse("2026-12-01T06:15:00Z");
    static final Duration LEAST = Duration.ofSeconds(30);

    static LockConfiguration asked(Duration atMost, Duration atLeast) {
        return new LockConfiguration(NOW, "budgets-instalments-falling-due", atMost, atLeast);
    }

    @Test
    void a_job_that_asks_for_no_minimum_holds_its_lock_thirty_seconds_from_when_it_started() {
        var held = NodeLocks.held(asked(Duration.ofMinutes(10), Duration.ZERO), LEAST);

        assertThat(held.getLockAtLeastUntil()).isEqualTo(NOW.plus(LEAST));
        assertThat(held.getLockAtMostUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(held.getName()).isEqualTo("budgets-instalments-falling-due");
    }

    @Test
    void a_job_asking_for_longer_keeps_its_own_and_none_is_held_beyond_its_most() {
        assertThat(NodeLocks.held(asked(Duration.ofMinutes(10), Duration.ofMinutes(2)), LEAST).getLockAtLeastFor())
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(NodeLocks.held(asked(Duration.ofSeconds(20), Duration.ZERO), LEAST).getLockAtLeastFor())
                .isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void the_lock_asked_of_the_database_is_the_held_one_and_a_refusal_passes_through() {
        List<LockConfiguration> asked = new ArrayList<>();
        var granted = new NodeLocks(configuration -> {
            asked.add(configuration);
            return Optional.<SimpleLock>of(() -> { });
        }, "node1", LEAST);
        var refused = new NodeLocks(configuration -> Optional.empty(), "node2", LEAST);

        granted.lock(asked(Duration.ofMinutes(10), Duration.ZERO)).orElseThrow().unlock();

        assertThat(asked).singleElement().satisfies(configuration -> assertThat(configuration.getLockAtLeastFor()).isEqualTo(LEAST));
        assertThat(refused.lock(asked(Duration.ofMinutes(10), Duration.ZERO))).isEmpty();
    }
}
