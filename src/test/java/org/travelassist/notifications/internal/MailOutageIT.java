package org.travelassist.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestMailServer;
import org.travelassist.accounts.AdviserInvited;

/**
 * The mail relay down for ten minutes, with time compressed: emails are made while it refuses every connection,
 * the retry job runs once a (test clock) minute, then the relay comes back and the job keeps running. Every email
 * arrives, exactly once, and none is given up or listed as not sent.
 *
 * <p>Other tests share the registry, the mailbox, the clock and the job (which also runs by itself every minute), so
 * this test looks only at the publications and recipients it made, waits for its own emails' tries to finish
 * before the clock moves on, and puts the clock and the mail server back in {@code finally}. The ten minutes cost
 * other tests' waiting emails at most a few tries of the thirty a day allows, so none of theirs is given up.
 */
@IntegrationTest
class MailOutageIT {

    static final int EMAILS = 5;

    @Autowired MailConfiguration.MailRetry mailRetry;
    @Autowired MailRetrySchedule schedule;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    final String run = UUID.randomUUID().toString();
    final List<String> advisers = IntStream.range(0, EMAILS).mapToObj(i -> "outage-" + i + "-" + run + "@sendias.example.org").toList();

    @Test
    void every_email_made_during_a_ten_minute_outage_arrives_once_after_it() {
        var made = new AtomicReference<List<UUID>>();
        try {
            TestMailServer.downWhile(() -> {
                advisers.forEach(this::invite);
                made.set(advisers.stream().map(this::publicationOf).toList());
                awaitAllFailed(made.get());
                for (int minute = 1; minute <= 10; minute++) {
                    clock.advance(Duration.ofMinutes(1));
                    runTheJob();
                    awaitAllFailed(made.get()); // this minute's tries ran, and failed, before the clock moves on
                }
            });
            assertThat(made.get()).allSatisfy(id -> assertThat(attempts(id)).as("tried again while down, backing off: at 0, 1, 3 and 7 minutes")
                    .isBetween(3, 5));
            assertThat(mailsTo(advisers)).as("nothing arrived while the relay was down").isZero();

            for (int minute = 11; minute <= 30 && !allSent(made.get()); minute++) {
                clock.advance(Duration.ofMinutes(1));
                runTheJob();
                awaitNoneUnderWay(made.get());
            }
        } finally {
            clock.reset();
        }

        assertThat(allSent(made.get())).as("every email of this test sent, its publication completed").isTrue();
        assertThat(advisers).allSatisfy(adviser ->
                assertThat(TestMailServer.awaitMailTo(adviser, "would like you to help them")).contains("SECRET-CODE-1"));
        Awaitility.await("each email once, and no second copy later").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> advisers.stream().allMatch(adviser -> mailsTo(List.of(adviser)) == 1));
        assertThat(jdbc.queryForObject("select count(*) from undelivered_email where publication_id = any(?)", Integer.class,
                (Object) made.get().toArray(UUID[]::new))).as("none listed on Email not sent").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'UndeliveredEmail' and record_id = any(?)",
                Integer.class, (Object) made.get().stream().map(UUID::toString).toArray(String[]::new))).isZero();
    }

    private void invite(String adviserEmail) {
        transactions.executeWithoutResult(status -> events.publishEvent(
                new AdviserInvited(adviserEmail, "The Outage family", "SECRET-CODE-1", clock.instant().plus(7, ChronoUnit.DAYS))));
    }

    /** This adviser's invitation email: made with the event, in the same transaction. */
    private UUID publicationOf(String adviser) {
        return jdbc.queryForObject("select id from event_publication where serialized_event like ?", UUID.class, "%" + adviser + "%");
    }

    /**
     * The job, once, as the scheduler would run it. It skips its turn while it is running by itself on its own
     * schedule; that run does the same work with the same clock, so the waits that follow cover either. The lock's
     * row is left alone: deleted, ShedLock would skip every later turn (MailRetryLockIT).
     */
    private void runTheJob() {
        mailRetry.retry();
    }

    /** Until every email of this test has been tried and its try has failed: none waiting or under way. */
    private void awaitAllFailed(List<UUID> publications) {
        Awaitility.await("this test's emails tried, and failed").pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> statuses(publications), statuses -> statuses.size() == publications.size() && statuses.stream().allMatch("FAILED"::equals));
    }

    /** Until no try of this test's emails is under way: each has failed or been sent. The clock must not move on before. */
    private void awaitNoneUnderWay(List<UUID> publications) {
        Awaitility.await("this test's email tries finished").pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> statuses(publications), statuses -> statuses.stream().allMatch("FAILED"::equals));
    }

    /** The status of each of these publications not yet completed (completed ones are deleted). */
    private List<String> statuses(List<UUID> publications) {
        return jdbc.queryForList("select coalesce(status, 'NONE') from event_publication where id = any(?)", String.class,
                (Object) publications.toArray(UUID[]::new));
    }

    private int attempts(UUID publication) {
        return jdbc.queryForObject("select completion_attempts from event_publication where id = ?", Integer.class, publication);
    }

    /** Every email of this test sent: with completion-mode delete, none of its publications is left. */
    private boolean allSent(List<UUID> publications) {
        return statuses(publications).isEmpty();
    }

    private long mailsTo(List<String> recipients) {
        return Arrays.stream(TestMailServer.greenMail().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(address -> recipients.contains(address.toString()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
