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
import org.springframework.modulith.events.EventPublication;
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

    /**
     * Tries again every email whose sending failed, waiting twice as long after each failed try (a minute, then 2, 4,
     * 8 ... up to {@code travelassist.mail.retry-at-most}, an hour), up to {@code travelassist.mail.most-attempts}
     * tries in all; then gives up and puts it on the officers' list. Ten tries a minute apart gave up within ten
     * minutes, so a mail relay down for ten minutes lost every email sent meanwhile to that list; backing off, ten
     * tries span about four hours.
     */
    @Bean
    MailRetry mailRetry(IncompleteEventPublications incomplete, GivingUp givingUp, Clock clock,
            @Value("${travelassist.mail.retry-after:PT1M}") Duration retryAfter,
            @Value("${travelassist.mail.retry-at-most:PT1H}") Duration retryAtMost,
            @Value("${travelassist.mail.most-attempts:10}") int mostAttempts) {
        return new MailRetry(incomplete, givingUp, clock, new Backoff(retryAfter, retryAtMost), mostAttempts);
    }

    /** How long after its last try a failed email is tried again: doubling from {@code first}, at most {@code most}. */
    record Backoff(Duration first, Duration most) {

        Duration after(int attempts) {
            Duration wait = first;
            for (int i = 1; i < attempts && wait.compareTo(most) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(most) < 0 ? wait : most;
        }

        /** Due when its last try (the first, or the latest resubmission) was at least {@link #after} ago. */
        boolean due(Instant lastTried, int attempts, Instant now) {
            return !lastTried.plus(after(attempts)).isAfter(now);
        }
    }

    static class MailRetry {

        static final String JOB = "mail-retry";

        private final IncompleteEventPublications incomplete;
        private final GivingUp givingUp;
        private final Clock clock;
        private final Backoff backoff;
        private final int mostAttempts;
        private final AtomicInteger runs = new AtomicInteger();

        MailRetry(IncompleteEventPublications incomplete, GivingUp givingUp, Clock clock, Backoff backoff, int mostAttempts) {
            this.incomplete = incomplete;
            this.givingUp = givingUp;
            this.clock = clock;
            this.backoff = backoff;
            this.mostAttempts = mostAttempts;
        }

        /** Once across all nodes: two nodes resubmitting the same email at once would send it twice. */
        @Scheduled(fixedDelayString = "${travelassist.mail.retry-every:PT1M}", initialDelayString = "PT1M")
        @SchedulerLock(name = JOB, lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
        public void retry() {
            runs.incrementAndGet();
            Instant now = clock.instant();
            incomplete.resubmitIncompletePublications(publication -> publication.getCompletionAttempts() < mostAttempts
                    && backoff.due(lastTried(publication), publication.getCompletionAttempts(), now));
            givingUp.recordEmailThatGaveUp(mostAttempts);
        }

        private static Instant lastTried(EventPublication publication) {
            Instant resubmitted = publication.getLastResubmissionDate();
            return resubmitted != null ? resubmitted : publication.getPublicationDate();
        }

        /** How many times this node has run the job. */
        int runs() {
            return runs.get();
        }
    }
}
