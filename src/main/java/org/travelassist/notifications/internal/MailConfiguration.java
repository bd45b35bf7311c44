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

    /**
     * Tries again every email whose sending failed a minute or more ago, up to {@code travelassist.mail.most-attempts}
     * tries in all; then gives up and puts it on the officers' list.
     */
    @Bean
    MailRetry mailRetry(IncompleteEventPublications incomplete, GivingUp givingUp, Clock clock,
            @Value("${travelassist.mail.retry-after:PT1M}") Duration retryAfter,
            @Value("${travelassist.mail.most-attempts:10}") int mostAttempts) {
        return new MailRetry(incomplete, givingUp, clock, retryAfter, mostAttempts);
    }

    static class MailRetry {

        static final String JOB = "mail-retry";

        private final IncompleteEventPublications incomplete;
        private final GivingUp givingUp;
        private final Clock clock;
        private final Duration retryAfter;
        private final int mostAttempts;
        private final AtomicInteger runs = new AtomicInteger();

        MailRetry(IncompleteEventPublications incomplete, GivingUp givingUp, Clock clock, Duration retryAfter, int mostAttempts) {
            this.incomplete = incomplete;
            this.givingUp = givingUp;
            this.clock = clock;
            this.retryAfter = retryAfter;
            this.mostAttempts = mostAttempts;
        }

        /** Once across all nodes: two nodes resubmitting the same email at once would send it twice. */
        @Scheduled(fixedDelayString = "${travelassist.mail.retry-every:PT1M}", initialDelayString = "PT1M")
        @SchedulerLock(name = JOB, lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
        public void retry() {
            runs.incrementAndGet();
            Instant triedBefore = clock.instant().minus(retryAfter);
            incomplete.resubmitIncompletePublications(publication -> publication.getCompletionAttempts() < mostAttempts
                    && publication.getPublicationDate().isBefore(triedBefore));
            givingUp.recordEmailThatGaveUp(mostAttempts);
        }

        /** How many times this node has run the job. */
        int runs() {
            return runs.get();
        }
    }
}
