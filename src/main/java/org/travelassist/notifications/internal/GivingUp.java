package org.travelassist.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.shared.RecordChanged;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records, once each, the email that reached the most attempts: a row officers see on "Email not sent", and an
 * entry in the audit trail (on the family's record where the email was about an application).
 */
@Component
class GivingUp {

    static final String LISTENERS = "org.travelassist.notifications.%";

    private static final Logger log = LoggerFactory.getLogger(GivingUp.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GivingUp(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Only publications whose last attempt has failed: the last attempt may still be under way, and succeed. */
    @Transactional
    void recordEmailThatGaveUp(int mostAttempts) {
        record Publication(UUID id, String listener, String eventType, String event, Instant publishedAt, int attempts) {}
        var newlyGivenUp = jdbc.sql("select id, listener_id, event_type, serialized_event, publication_date, completion_attempts"
                        + " from event_publication p where completion_date is null and status = 'FAILED' and completion_attempts >= ?"
                        + " and listener_id like ?"
                        + " and not exists (select 1 from undelivered_email u where u.publication_id = p.id)")
                .params(mostAttempts, LISTENERS)
                .query((row, number) -> new Publication(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        row.getString(4), row.getTimestamp(5).toInstant(), row.getInt(6)))
                .list();
        Instant now = clock.instant();
        for (var publication : newlyGivenUp) {
            JsonNode event = parse(publication.event());
            String description = describe(publication.eventType(), event);
            UUID household = uuid(event, "householdId");
            jdbc.sql("insert into undelivered_email (publication_id, listener_id, description, household_id, first_tried_at, attempts, gave_up_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(publication.id(), publication.listener(), description, household,
                            java.sql.Timestamp.from(publication.publishedAt()), publication.attempts(), java.sql.Timestamp.from(now))
                    .update();
            // The audit trail is never changed, not even by retention, so it names the kind of email, not the people in it
            // (an adviser's address, a family's name): the description goes from the list once retention's period passes.
            Map<String, @Nullable String> after = new LinkedHashMap<>();
            after.put("email", publication.eventType().substring(publication.eventType().lastIndexOf('.') + 1));
            after.put("attempts", String.valueOf(publication.attempts()));
            events.publishEvent(RecordChanged.created("UndeliveredEmail", publication.id(), household, after));
            log.warn("Gave up sending email after {} attempts: {} (publication {})", publication.attempts(), description, publication.id());
        }
    }

    /** What the email was about, in words for an officer; never an invitation code. */
    static String describe(String eventType, JsonNode event) {
        if (eventType.endsWith(".ApplicationProgressed")) {
            return "Application " + event.path("reference").asString("") + ": " + event.path("step").asString("").toLowerCase(java.util.Locale.UK)
                    .replace('_', ' ') + " (to the family)";
        }
        if (eventType.endsWith(".AdviserInvited")) {
            return "Invitation to adviser " + event.path("adviserEmail").asString("") + " from " + event.path("familyName").asString("");
        }
        return eventType.substring(eventType.lastIndexOf('.') + 1);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    private static @Nullable UUID uuid(JsonNode event, String field) {
        String text = event.path(field).asString(null);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
