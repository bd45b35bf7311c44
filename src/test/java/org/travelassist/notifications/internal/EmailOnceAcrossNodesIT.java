package org.travelassist.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestMailServer;
import org.travelassist.accounts.AdviserInvited;

/**
 * With two nodes on one publication registry, an email goes once: a node that starts leaves alone the email the
 * other node is sending, and a try whose node stopped is taken up again by the retry job, once. This context plays
 * both nodes: its registry rows are set as the other node would leave them, and "a node starts" is what Spring
 * Modulith runs on start-up ({@code afterSingletonsInstantiated} of the event multicaster).
 */
@IntegrationTest
class EmailOnceAcrossNodesIT {

    @Autowired MailConfiguration.MailRetry mailRetry;
    @Value("${travelassist.mail.in-flight-at-most}") Duration inFlightAtMost;
    @Autowired ApplicationEventPublisher events;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_node_starting_does_not_send_again_the_email_the_other_node_is_sending() {
        String adviser = "starting-" + UUID.randomUUID() + "@sendias.example.org";
        UUID publication = failedInvitation(adviser);
        // The other node took it up a moment ago and is sending it now.
        jdbc.update("update event_publication set status = 'PROCESSING', publication_date = ? where id = ?",
                Timestamp.from(clock.instant()), publication);

        nodeStarts();

        Awaitility.await("nothing sent by the node that started").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(adviser) == 0 && "PROCESSING".equals(status(publication)));

        // The node sending it stopped before it finished: the retry job tries it once the try has stood unfinished.
        clock.advance(inFlightAtMost.plusMinutes(1));
        awaitSentOnce(adviser);
    }

    @Test
    void a_retry_whose_node_stopped_part_way_is_tried_again_once() {
        String adviser = "stopped-" + UUID.randomUUID() + "@sendias.example.org";
        UUID publication = failedInvitation(adviser);
        // The other node's retry job resubmitted it just now, and that node stopped during the try.
        jdbc.update("update event_publication set status = 'RESUBMITTED', completion_attempts = 2, last_resubmission_date = ? where id = ?",
                Timestamp.from(clock.instant()), publication);

        mailRetry.retry();
        Awaitility.await("left alone while it may still be under way").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> mailsTo(adviser) == 0 && "RESUBMITTED".equals(status(publication)));

        clock.advance(inFlightAtMost.plusMinutes(1));
        awaitSentOnce(adviser);
        assertThat(status(publication)).as("completed, and with completion-mode delete, gone").isNull();
    }

    /** An adviser's invitation whose first try failed with the relay down: an incomplete publication, as any node makes. */
    private UUID failedInvitation(String adviser) {
        var id = new UUID[1];
        TestMailServer.downWhile(() -> {
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new AdviserInvited(adviser, "The Restart family", "RESTART-CODE-1", clock.instant().plus(7, ChronoUnit.DAYS))));
            id[0] = Awaitility.await("the first try failed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> jdbc.queryForList("select id from event_publication where status = 'FAILED' and serialized_event like ?",
                            UUID.class, "%" + adviser + "%"), found -> found.size() == 1).getFirst();
        });
        return id[0];
    }

    /** What a node runs once its beans are made: with republish on restart, every incomplete publication again. */
    private void nodeStarts() {
        context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, SmartInitializingSingleton.class)
                .afterSingletonsInstantiated();
    }

    /** The job as the scheduler runs it, until the email arrived (a turn it skips runs by itself with the same clock). */
    private void awaitSentOnce(String adviser) {
        Awaitility.await("sent by the retry job").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    mailRetry.retry();
                    return mailsTo(adviser) > 0;
                });
        Awaitility.await("and only once").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(adviser) == 1);
    }

    private String status(UUID publication) {
        return jdbc.queryForList("select status from event_publication where id = ?", String.class, publication).stream().findFirst().orElse(null);
    }

    private static long mailsTo(String adviser) {
        return Arrays.stream(TestMailServer.greenMail().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(adviser));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
