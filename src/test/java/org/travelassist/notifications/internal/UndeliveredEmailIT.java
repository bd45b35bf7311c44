package org.travelassist.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.travelassist.TestMailServer;
import org.travelassist.accounts.AdviserInvited;
import org.travelassist.notifications.UndeliveredEmails;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** An email is tried at most ten times; then officers see it listed, and the audit trail records the giving up. */
@IntegrationTest
class UndeliveredEmailIT {

    @Autowired MailConfiguration.MailRetry mailRetry;
    @Autowired UndeliveredEmails undelivered;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        TestUsers.signOut();
        jdbc.update("delete from shedlock where name = ?", MailConfiguration.MailRetry.JOB);
    }

    @Test
    void after_the_last_attempt_the_email_is_listed_for_officers_and_audited_once() {
        String tenthTry = "adviser-" + UUID.randomUUID() + "@sendias.example.org";
        String ninthTry = "adviser-" + UUID.randomUUID() + "@sendias.example.org";
        TestMailServer.downWhile(() -> {
            invite(tenthTry);
            invite(ninthTry);
            awaitFailure(tenthTry);
            awaitFailure(ninthTry);
        });
        // As if each had already been tried again every minute: one nine times, the other ten.
        jdbc.update("update event_publication set completion_attempts = 10, publication_date = publication_date - interval '20 minutes'"
                + " where serialized_event like ?", "%" + tenthTry + "%");
        jdbc.update("update event_publication set completion_attempts = 9, publication_date = publication_date - interval '20 minutes'"
                + " where serialized_event like ?", "%" + ninthTry + "%");

        mailRetry.retry();
        jdbc.update("delete from shedlock where name = ?", MailConfiguration.MailRetry.JOB);
        mailRetry.retry(); // a later run records nothing twice

        assertThat(TestMailServer.awaitMailTo(ninthTry, "would like you to help them")).contains("would like you to help them");
        assertThat(TestMailServer.awaitMailTo(tenthTry, "would like you to help them")).isEmpty();
        UUID gaveUp = jdbc.queryForObject("select id from event_publication where serialized_event like ?", UUID.class, "%" + tenthTry + "%");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'UndeliveredEmail' and record_id = ?",
                Integer.class, gaveUp.toString())).isEqualTo(1);

        TestUsers.newStaff(directory, "TransportOfficer");
        var listed = undelivered.list().stream().filter(email -> email.id().equals(gaveUp)).findFirst().orElseThrow();
        assertThat(listed.description()).isEqualTo("Invitation to adviser " + tenthTry + " from The Test family");
        assertThat(listed.attempts()).isEqualTo(10);
        assertThat(listed.gaveUpAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        assertThat(undelivered.list()).noneMatch(email -> email.description().contains(ninthTry));

        TestUsers.newParent(directory);
        assertThatThrownBy(() -> undelivered.list()).isInstanceOf(AccessDeniedException.class);
    }

    private void invite(String adviserEmail) {
        transactions.executeWithoutResult(status -> events.publishEvent(
                new AdviserInvited(adviserEmail, "The Test family", "SECRET-CODE-1", Instant.now().plus(7, ChronoUnit.DAYS))));
    }

    private void awaitFailure(String adviserEmail) {
        Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
                        + " and status = 'FAILED' and serialized_event like ?", Integer.class, "%" + adviserEmail + "%"), n -> n == 1);
    }
}
