package org.travelassist.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;

/** Two nodes starting at the same moment import a start-up file once: the second waits, then finds it done. */
@IntegrationTest
class DataImportsIT {

    @Autowired DataImports imports;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_same_file_imported_by_two_nodes_at_once_is_imported_once() throws Exception {
        var file = new ByteArrayResource(("a file seen only by this test " + UUID.randomUUID()).getBytes(), "test file");
        var runs = new AtomicInteger();
        var barrier = new CyclicBarrier(2);
        Runnable node = () -> {
            try {
                barrier.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            imports.importOnce("TEST", file, in -> {
                runs.incrementAndGet();
                // Import until the other node is seen waiting for the lock, so the two really overlap.
                await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                        "select count(*) from pg_locks where locktype = 'advisory' and not granted", Integer.class) > 0);
                return new ImportReport("test file", 1, 0, List.of());
            });
        };
        try (var nodes = Executors.newFixedThreadPool(2)) {
            var one = nodes.submit(node);
            var two = nodes.submit(node);
            one.get();
            two.get();
        }

        assertThat(runs).hasValue(1);
    }
}
