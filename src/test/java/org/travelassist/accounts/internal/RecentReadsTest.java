package org.travelassist.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecentReadsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final RecentReads<String, Optional<String>> reads = new RecentReads<>(Duration.ofSeconds(5), nanos::get);
    private final Map<String, String> database = new HashMap<>();
    private final AtomicInteger readsOfTheDatabase = new AtomicInteger();
    private final Function<String, Optional<String>> read = key -> {
        readsOfTheDatabase.incrementAndGet();
        return Optional.ofNullable(database.get(key));
    };

    @Test
    void a_value_is_read_once_and_trusted_for_less_than_the_bound() {
        assertThat(reads.get("a", read)).isEmpty();
        database.put("a", "ended");
        nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(reads.get("a", read)).as("kept, still within the bound").isEmpty();
        assertThat(readsOfTheDatabase).hasValue(1);

        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(reads.get("a", read)).as("5 s after it was read: read again").contains("ended");
        assertThat(readsOfTheDatabase).hasValue(2);
    }

    @Test
    void a_forgotten_value_is_read_again_at_once() {
        reads.get("a", read);
        database.put("a", "ended");
        reads.forget("a");
        assertThat(reads.get("a", read)).contains("ended");
        assertThat(reads.get("b", read)).as("each key on its own").isEmpty();
        assertThat(readsOfTheDatabase).hasValue(3);
    }

    @Test
    void many_keys_do_not_pile_up_once_expired() {
        for (int i = 0; i <= 10_001; i++) {
            reads.get("old-" + i, read);
        }
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(reads.size()).isEqualTo(10_002);
        reads.get("new", read);
        assertThat(reads.size()).as("the expired ones dropped").isEqualTo(1);
    }
}
