package org.travelassist.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tries again what a stopped node was trying again. Resubmitting marks a publication {@code RESUBMITTED}, and the
 * registry never resubmits one so marked; if its node stops before the try ends, nothing else ever finishes it. A
 * resubmitted try still unfinished long after it began ({@code travelassist.mail.in-flight-at-most}: far longer than
 * any try takes) is marked failed, so that the retry job's schedule takes it up again.
 */
@Component
class StoppedTries {

    private static final Logger log = LoggerFactory.getLogger(StoppedTries.class);

    private final JdbcClient jdbc;

    StoppedTries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks failed every resubmitted try begun at or before {@code begunBy} and not finished; how many. */
    @Transactional
    int release(Instant begunBy) {
        int released = jdbc.sql("update event_publication set status = 'FAILED' where completion_date is null and status = 'RESUBMITTED'"
                        + " and last_resubmission_date <= ?")
                .params(Timestamp.from(begunBy))
                .update();
        if (released > 0) {
            log.warn("{} event publications were being tried again by a node that stopped before the try finished: tried again", released);
        }
        return released;
    }
}
