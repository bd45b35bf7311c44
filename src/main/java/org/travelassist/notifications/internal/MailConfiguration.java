package org.travelassist.notifications.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
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
@EnableScheduling
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

    /** Tries again every email whose sending failed, a minute or more ago. */
    @Bean
    MailRetry mailRetry(IncompleteEventPublications incomplete,
            @Value("${travelassist.mail.retry-after:PT1M}") Duration retryAfter) {
        return new MailRetry(incomplete, retryAfter);
    }

    static class MailRetry {

        private final IncompleteEventPublications incomplete;
        private final Duration retryAfter;

        MailRetry(IncompleteEventPublications incomplete, Duration retryAfter) {
            this.incomplete = incomplete;
            this.retryAfter = retryAfter;
        }

        @Scheduled(fixedDelayString = "${travelassist.mail.retry-every:PT1M}", initialDelayString = "PT1M")
        void retry() {
            incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
        }
    }
}
