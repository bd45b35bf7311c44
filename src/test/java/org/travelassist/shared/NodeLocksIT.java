package org.travelassist.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.travelassist.IntegrationTest;
import org.travelassist.shared.ScheduledJobs.NodeLocks;

/**
 * Two nodes on the one {@code shedlock} table, as the portal's own lock provider sets them up: the first to fire
 * runs the job and, though it finishes at once, the second, firing a moment later, skips that turn; the row says
 * which node ran it.
 */
@IntegrationTest
class NodeLocksIT {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    NodeLocks node(String name) {
        return new NodeLocks(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withLockedByValue(name).usingDbTime().build()),
                name, Duration.ofSeconds(30));
    }

    @Test
    void a_job_done_in_a_moment_on_one_node_is_skipped_by_the_other_for_that_turn() {
        String job = "test-job-" + UUID.randomUUID();
        var one = node("node1");
        var two = node("node2");

        one.lock(new LockConfiguration(Instant.now(), job, Duration.ofMinutes(10), Duration.ZERO)).orElseThrow().unlock();
        var late = two.lock(new LockConfiguration(Instant.now(), job, Duration.ofMinutes(10), Duration.ZERO));

        assertThat(late).as("the second node, a moment later, skips the turn").isEmpty();
        assertThat(jdbc.sql("select locked_by from shedlock where name = :name").param("name", job).query(String.class).single())
                .isEqualTo("node1");
        jdbc.sql("delete from shedlock where name = :name").param("name", job).update();
    }
}
