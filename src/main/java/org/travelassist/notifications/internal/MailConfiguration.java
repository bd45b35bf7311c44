package org.travelassist.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.IncompleteEventPublications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.travelassist.notifications.EmailSender;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * How email leaves the portal, chosen by {@code travelassist.mail.transport}: {@code smtp} (the default), {@code
 * notify} (GOV.UK Notify, one template whose subject and body are the {@code subject} and {@code body} fields), or
 * {@code log} (the local profile: nothing leaves the machine).
 */
@Configuration
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = "travelassist.mail.transport", havingValue = "smtp", matchIfMissing = true)
    EmailSender smtpEmailSender(JavaMailSender mail, @Value("${travelassist.mail.from}") String from) {
        return email -> {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(email.to());
            message.setSubject(email.subject());
            message.setText(email.body());
            mail.send(message);
        };
    }

    @Bean
    @ConditionalOnProperty(name = "travelassist.mail.transport", havingValue = "notify")
    EmailSender notifyEmailSender(@Value("${travelassist.notify.api-key}") String apiKey,
            @Value("${travelassist.notify.base-url:https://api.notifications.service.gov.uk}") String baseUrl,
            @Value("${travelassist.notify.template-id}") String templateId) {
        var client = new NotificationClient(apiKey, baseUrl);
        return email -> {
            try {
                client.sendEmail(templateId, email.to(), java.util.Map.of("subject", email.subject(), "body", email.body()), null);
            } catch (NotificationClientException e) {
                throw new IllegalStateException("GOV.UK Notify refused an email: HTTP " + e.getHttpResult(), e);
            }
        };
    }

    @Bean
    @ConditionalOnProperty(name = "travelassist.mail.transport", havingValue = "log")
    EmailSender logEmailSender() {
        return email -> log.info("Email to {}\nSubject: {}\n\n{}", email.to(), email.subject(), email.body());
    }

    /** When failed email is tried again, and when the portal gives up: {@link MailRetrySchedule}. */
    @Bean
    MailRetrySchedule mailRetrySchedule(@Value("${travelassist.mail.retry-after:PT1M}") Duration firstWait,
            @Value("${travelassist.mail.retry-at-most:PT1H}") Duration longestWait,
            @Value("${travelassist.mail.keep-trying-for:PT24H}") Duration keepTryingFor,
            @Value("${travelassist.mail.in-flight-at-most:PT5M}") Duration inFlightAtMost) {
        var schedule = new MailRetrySchedule(firstWait, longestWait, keepTryingFor, inFlightAtMost);
        log.info("Failed email {}", schedule);
        return schedule;
    }

    @Bean
    MailRetry mailRetry(IncompleteEventPublications incomplete, StoppedTries stoppedTries, GivingUp givingUp, Clock clock,
            MailRetrySchedule schedule) {
        return new MailRetry(incomplete, stoppedTries, givingUp, clock, schedule);
    }

    /**
     * Looks every {@code travelassist.mail.retry-every} for email whose next try is due by the schedule, tries it
     * again, and lists for officers the email whose last try has failed. Ten tries a minute apart gave up within ten
     * minutes, so a relay down for ten minutes lost every email sent meanwhile to that list.
     *
     * <p>It is also the only way anything is tried again: a node does not republish incomplete publications when it
     * starts ({@code spring.modulith.events.republish-outstanding-events-on-restart=false}), since those include
     * what the other node is sending at that moment, and the email would go twice.
     */
    static class MailRetry {

        static final String JOB = "mail-retry";

        private final IncompleteEventPublications incomplete;
        private final StoppedTries stoppedTries;
        private final GivingUp givingUp;
        private final Clock clock;
        private final MailRetrySchedule schedule;
        private final AtomicInteger runs = new AtomicInteger();

        MailRetry(IncompleteEventPublications incomplete, StoppedTries stoppedTries, GivingUp givingUp, Clock clock,
                MailRetrySchedule schedule) {
            this.incomplete = incomplete;
            this.stoppedTries = stoppedTries;
            this.givingUp = givingUp;
            this.clock = clock;
            this.schedule = schedule;
        }

        /**
         * Once across all nodes: two nodes resubmitting the same email at once would send it twice. Every node's
         * lock is held at least {@code travelassist.jobs.least-hold} (ScheduledJobs).
         */
        @Scheduled(fixedDelayString = "${travelassist.mail.retry-every:PT1M}", initialDelayString = "PT1M")
        @SchedulerLock(name = JOB, lockAtMostFor = "PT5M")
        public void retry() {
            runs.incrementAndGet();
            Instant now = clock.instant();
            stoppedTries.release(schedule.lostIfBegunBy(now));
            incomplete.resubmitIncompletePublications(publication -> schedule.due(publication.getStatus(),
                    MailRetrySchedule.lastTried(publication), publication.getCompletionAttempts(), now));
            givingUp.recordEmailThatGaveUp(schedule.mostTries());
        }

        /** How many times this node has run the job. */
        int runs() {
            return runs.get();
        }
    }
}
