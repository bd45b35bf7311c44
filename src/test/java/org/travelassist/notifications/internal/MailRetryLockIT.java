package org.travelassist.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;

/**
 * Two nodes never retry mail at the same time: while another node holds the job's lock, this one skips its turn.
 * The lock's row is never deleted: ShedLock remembers that it made the row, and afterwards only updates it, so
 * with the row gone the job would skip every turn for the rest of the run (and every other test's retries with it).
 */
@IntegrationTest
class MailRetryLockIT {

    @Autowired MailConfiguration.MailRetry mailRetry;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void releaseTheLock() {
        jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = ?",
                MailConfiguration.MailRetry.JOB);
    }

    @Test
    void a_lock_held_by_another_node_stops_the_run_and_a_free_one_lets_it_run() {
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, timezone('utc', now()) + interval '5 minutes', "
                + "timezone('utc', now()), 'another-node') on conflict (name) do update set lock_until = excluded.lock_until,"
                + " locked_at = excluded.locked_at, locked_by = excluded.locked_by", MailConfiguration.MailRetry.JOB);
        int before = mailRetry.runs();

        mailRetry.retry();

        assertThat(mailRetry.runs()).as("the job body did not run").isEqualTo(before);
        assertThat(lockedBy()).isEqualTo("another-node");

        jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = ?",
                MailConfiguration.MailRetry.JOB);
        mailRetry.retry();

        assertThat(mailRetry.runs()).isEqualTo(before + 1);
        assertThat(lockedBy()).isNotEqualTo("another-node");
    }

    private String lockedBy() {
        return jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class, MailConfiguration.MailRetry.JOB);
    }
}
