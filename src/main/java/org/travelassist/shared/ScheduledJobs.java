package org.travelassist.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, for every module. Several nodes run behind the load balancer, so every {@code @Scheduled} method
 * also carries {@code @SchedulerLock(name = ...)}: the node that takes the job's row in the {@code shedlock} table
 * runs it, and the others skip that turn. A node that dies holding a lock frees it after the job's
 * {@code lockAtMostFor} (ten minutes unless the job says otherwise). The row names the node that ran it last
 * ({@code travelassist.node-name}, the host name by default), and each run is logged with it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ScheduledJobs {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${travelassist.node-name:}") String nodeName,
            @Value("${travelassist.jobs.least-hold:PT30S}") Duration leastHold) {
        String node = nodeName.isBlank() ? hostName() : nodeName;
        return new NodeLocks(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(node)
                .usingDbTime()
                .build()), node, leastHold);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /**
     * Every lock is held for at least {@code leastHold} (or the job's own {@code lockAtLeastFor}, if longer, and
     * never beyond its {@code lockAtMostFor}). Two nodes fire the same cron at nearly the same moment; without this,
     * a job that takes milliseconds would be finished and unlocked on one node before the other node's clock,
     * a little behind, fires it, and it would run twice. Locking uses the database's clock, so only the difference
     * between the nodes' schedulers matters, which is far less than 30 seconds.
     */
    static final class NodeLocks implements LockProvider {

        private final LockProvider locks;
        private final String node;
        private final Duration leastHold;

        NodeLocks(LockProvider locks, String node, Duration leastHold) {
            this.locks = locks;
            this.node = node;
            this.leastHold = leastHold;
        }

        @Override
        public Optional<SimpleLock> lock(LockConfiguration asked) {
            LockConfiguration held = held(asked, leastHold);
            Optional<SimpleLock> lock = locks.lock(held);
            if (lock.isEmpty()) {
                log.debug("Scheduled job {} skipped on node {}: another node holds it", asked.getName(), node);
                return lock;
            }
            long started = System.nanoTime();
            log.info("Scheduled job {} runs on node {}", asked.getName(), node);
            return Optional.of(new SimpleLock() {
                @Override
                public void unlock() {
                    lock.get().unlock();
                    log.debug("Scheduled job {} done on node {} in {} ms", asked.getName(), node, (System.nanoTime() - started) / 1_000_000);
                }
            });
        }

        static LockConfiguration held(LockConfiguration asked, Duration leastHold) {
            Duration least = asked.getLockAtLeastFor().compareTo(leastHold) >= 0 ? asked.getLockAtLeastFor()
                    : leastHold.compareTo(asked.getLockAtMostFor()) <= 0 ? leastHold : asked.getLockAtMostFor();
            Instant created = asked.getLockAtMostUntil().minus(asked.getLockAtMostFor());
            return new LockConfiguration(created, asked.getName(), asked.getLockAtMostFor(), least);
        }
    }
}
