package org.travelassist.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestMailServer;
import org.travelassist.accounts.AdviserInvited;
import org.travelassist.notifications.UndeliveredEmails;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/**
 * An email is tried for a day, as the schedule says ({@link MailRetrySchedule}: 30 tries); then officers see it
 * listed, and the audit trail records the giving up. Only this test's own publications are made to look old, and
 * they are removed afterwards, so no other test's email is tried or given up because of it.
 */
@IntegrationTest
class UndeliveredEmailIT {

    @Autowired MailConfiguration.MailRetry mailRetry;
    @Autowired MailRetrySchedule schedule;
    @Autowired UndeliveredEmails undelivered;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    // The job and the publications go by the portal's clock, which a run may start at another day than the database's now().
    @Autowired MovableClock clock;

    final String lastTry = "adviser-" + UUID.randomUUID() + "@sendias.example.org";
    final String oneTryLeft = "adviser-" + UUID.randomUUID() + "@sendias.example.org";
    final String waitingForItsHour = "adviser-" + UUID.randomUUID() + "@sendias.example.org";

    @AfterEach
    void cleanUp() {
        TestUsers.signOut();
        for (String adviser : List.of(lastTry, oneTryLeft, waitingForItsHour)) {
            jdbc.update("delete from event_publication where serialized_event like ?", "%" + adviser + "%");
        }
    }

    @Test
    void after_the_last_try_of_the_day_the_email_is_listed_for_officers_and_audited_once() {
        TestMailServer.downWhile(() -> {
            invite(lastTry);
            invite(oneTryLeft);
            invite(waitingForItsHour);
            awaitFailure(lastTry);
            awaitFailure(oneTryLeft);
            awaitFailure(waitingForItsHour);
        });
        int most = schedule.mostTries();
        // As if each had been tried, backing off, since yesterday: one all 30 times, the others 29 times, one of
        // them an hour ago (its 30th try is due) and one half an hour ago (not yet).
        triedSinceYesterday(lastTry, most, Duration.ofHours(2));
        triedSinceYesterday(oneTryLeft, most - 1, schedule.waitAfter(most - 1).plusMinutes(1));
        triedSinceYesterday(waitingForItsHour, most - 1, Duration.ofMinutes(30));

        // The job also runs by itself once a minute, and skips a turn while that run holds its lock: run it until the
        // email that was due has gone.
        Awaitility.await("the job has run and sent the email whose last try was due").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    mailRetry.retry();
                    return publications(oneTryLeft) == 0;
                });
        mailRetry.retry(); // a later run records nothing twice

        assertThat(TestMailServer.awaitMailTo(oneTryLeft, "would like you to help them")).contains("would like you to help them");
        assertThat(TestMailServer.awaitMailTo(lastTry, "would like you to help them")).isEmpty();
        assertThat(attemptsOf(waitingForItsHour)).as("not tried before its wait has passed").isEqualTo(most - 1);
        UUID gaveUp = jdbc.queryForObject("select id from event_publication where serialized_event like ?", UUID.class, "%" + lastTry + "%");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'UndeliveredEmail' and record_id = ?",
                Integer.class, gaveUp.toString())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select after_state::text from audit_record where record_type = 'UndeliveredEmail' and record_id = ?",
                String.class, gaveUp.toString())).as("the audit trail, which retention never changes, names nobody")
                .contains("AdviserInvited").doesNotContain(lastTry).doesNotContain("The Test family");

        TestUsers.newStaff(directory, "TransportOfficer");
        var listed = undelivered.list().stream().filter(email -> email.id().equals(gaveUp)).findFirst().orElseThrow();
        assertThat(listed.description()).isEqualTo("Invitation to adviser " + lastTry + " from The Test family");
        assertThat(listed.attempts()).isEqualTo(30);
        assertThat(listed.gaveUpAt()).isCloseTo(clock.instant(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        assertThat(Duration.between(listed.firstTriedAt(), listed.gaveUpAt())).isGreaterThan(Duration.ofHours(24));
        assertThat(undelivered.list()).noneMatch(email -> email.description().contains(oneTryLeft) || email.description().contains(waitingForItsHour));

        TestUsers.newParent(directory);
        assertThatThrownBy(() -> undelivered.list()).isInstanceOf(AccessDeniedException.class);
    }

    /** Makes this adviser's email look tried {@code tries} times since 25 hours ago, the last try {@code ago}. */
    private void triedSinceYesterday(String adviser, int tries, Duration ago) {
        jdbc.update("update event_publication set completion_attempts = ?, publication_date = publication_date - interval '25 hours',"
                + " last_resubmission_date = ? where serialized_event like ?",
                tries, java.sql.Timestamp.from(clock.instant().minus(ago)), "%" + adviser + "%");
    }

    private int publications(String adviser) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Integer.class, "%" + adviser + "%");
    }

    private int attemptsOf(String adviser) {
        return jdbc.queryForObject("select completion_attempts from event_publication where serialized_event like ?", Integer.class,
                "%" + adviser + "%");
    }

    private void invite(String adviserEmail) {
        transactions.executeWithoutResult(status -> events.publishEvent(
                new AdviserInvited(adviserEmail, "The Test family", "SECRET-CODE-1", clock.instant().plus(7, ChronoUnit.DAYS))));
    }

    private void awaitFailure(String adviserEmail) {
        Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                        + " and status = 'FAILED' and serialized_event like ?", Integer.class, "%" + adviserEmail + "%"), n -> n == 1);
    }
}
