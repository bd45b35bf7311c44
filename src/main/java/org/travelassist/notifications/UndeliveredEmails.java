package org.travelassist.notifications;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.notifications.internal.MailRetrySchedule;
import org.travelassist.security.AppRoles;

/** The email the portal gave up sending, newest first, for officers to follow up by phone or letter. */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.SENIOR_OFFICER + "')")
public class UndeliveredEmails {

    private final JdbcClient jdbc;
    private final MailRetrySchedule schedule;

    UndeliveredEmails(JdbcClient jdbc, MailRetrySchedule schedule) {
        this.jdbc = jdbc;
        this.schedule = schedule;
    }

    /** How many times an email is tried before it is listed here. */
    public int mostAttempts() {
        return schedule.mostTries();
    }

    /** How long the portal keeps trying an email, from its first try to its last, before it is listed here. */
    public java.time.Duration keepsTryingFor() {
        return schedule.keepsTryingFor();
    }

    @Transactional(readOnly = true)
    public List<UndeliveredEmail> list() {
        return jdbc.sql("select publication_id, description, household_id, first_tried_at, attempts, gave_up_at"
                        + " from undelivered_email order by gave_up_at desc limit 500")
                .query((row, number) -> new UndeliveredEmail(row.getObject(1, java.util.UUID.class), row.getString(2),
                        row.getObject(3, java.util.UUID.class), row.getTimestamp(4).toInstant(), row.getInt(5),
                        row.getTimestamp(6).toInstant()))
                .list();
    }
}
