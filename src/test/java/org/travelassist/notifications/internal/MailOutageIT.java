package org.travelassist.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
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
 * The mail relay down for ten minutes, with time compressed: the retry job runs once a (test clock) minute while
 * the relay refuses every email, then the relay comes back. Every email sent meanwhile arrives once, and none is
 * given up and listed as not sent.
 */
@IntegrationTest
class MailOutageIT {

    @Autowired MailConfiguration.MailRetry mailRetry;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    @AfterEach
    void tidy() {
        clock.reset();
        jdbc.update("delete from shedlock where name = ?", MailConfiguration.MailRetry.JOB);
    }

    @Test
    void every_email_sent_during_a_ten_minute_outage_arrives_once_after_it() {
        List<String> advisers = IntStream.range(0, 5).mapToObj(i -> "outage-" + i + "-" + UUID.randomUUID() + "@sendias.example.org").toList();
        TestMailServer.downWhile(() -> {
            advisers.forEach(this::invite);
            awaitAllFailed(advisers.size());
            for (int minute = 1; minute <= 10; minute++) {
                clock.advance(Duration.ofMinutes(1));
                mailRetry.retry();
                awaitAllFailed(advisers.size()); // this minute's tries ran, and failed, before the next minute
            }
        });
        assertThat(advisers).allSatisfy(adviser -> assertThat(attemptsOf(adviser)).as("tries in ten minutes, backing off")
                .isGreaterThan(1).isLessThan(10));

        for (int minute = 11; minute <= 30 && delivered(advisers) < advisers.size(); minute++) {
            clock.advance(Duration.ofMinutes(1));
            mailRetry.retry();
            Awaitility.await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> true);
        }

        assertThat(advisers).allSatisfy(adviser ->
                assertThat(TestMailServer.awaitMailTo(adviser, "would like you to help them")).contains("SECRET-CODE-1"));
        assertThat(advisers).allSatisfy(adviser -> assertThat(mailsTo(adviser)).as("once").isEqualTo(1));
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like '%outage-%'"
                + " and completion_date is null", Integer.class)).as("none left, none given up").isZero();
    }

    private void invite(String adviserEmail) {
        transactions.executeWithoutResult(status -> events.publishEvent(
                new AdviserInvited(adviserEmail, "The Outage family", "SECRET-CODE-1", Instant.now().plus(7, ChronoUnit.DAYS))));
    }

    /** Until every email of this test has been tried and has failed: none waiting or in flight. */
    private void awaitAllFailed(int emails) {
        Awaitility.await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject("select count(*) from event_publication where serialized_event like '%outage-%'"
                        + " and completion_date is null and status = 'FAILED'", Integer.class) == emails);
    }

    private int attemptsOf(String adviser) {
        return jdbc.queryForObject("select coalesce(max(completion_attempts), 0) from event_publication where serialized_event like ?",
                Integer.class, "%" + adviser + "%");
    }

    private long delivered(List<String> advisers) {
        return advisers.stream().filter(adviser -> mailsTo(adviser) > 0).count();
    }

    private long mailsTo(String adviser) {
        return java.util.Arrays.stream(TestMailServer.greenMail().getReceivedMessages()).filter(message -> {
            try {
                return java.util.Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(adviser));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
