package org.travelassist.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.travelassist.IntegrationTest;
import org.travelassist.TestMailServer;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** When the mail server is down the family's action still succeeds, and the email goes once it is back. */
@IntegrationTest
class MailRetryIT {

    @Autowired ApplicationService applications;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_mail_failure_never_undoes_the_submission_and_the_email_is_sent_on_retry() throws Exception {
        var parent = TestUsers.newParent(directory);
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, parent.id());
        UUID child = households.addChild(UUID.randomUUID(),
                new ChildForm("Rosa Parks", "5", "6", "2014", "2 Burley Road", "Oakham", "LE15 7HY", "", false)).id();
        UUID id = applications.start(child);
        for (var question : ApplicationQuestions.ALL) {
            applications.saveAnswer(id, question.key(), switch (question.key()) {
                case ApplicationQuestions.SCHOOL -> "990001";
                case ApplicationQuestions.HOME, ApplicationQuestions.WALKING -> "yes";
                case ApplicationQuestions.EHC_PLAN -> "none";
                case ApplicationQuestions.LOW_INCOME -> "no";
                case ApplicationQuestions.HELP -> "";
                default -> "None";
            });
        }
        var reference = new String[1];
        TestMailServer.downWhile(() -> {
            reference[0] = applications.submit(id, true).reference();
            awaitFailedAttempt();
        });
        assertThat(applications.application(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(TestMailServer.awaitMailTo(email, reference[0])).doesNotContain(reference[0]);

        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        assertThat(TestMailServer.awaitMailTo(email, reference[0])).contains("We have received your application: " + reference[0]);
    }

    /** Waits until the listener has tried and failed: its publication is still there, not completed. */
    private void awaitFailedAttempt() {
        Awaitility.await("the email tried while the mail server was down").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                        + "and event_type like '%ApplicationProgressed' and status = 'FAILED'", Integer.class), failed -> failed > 0);
    }
}
