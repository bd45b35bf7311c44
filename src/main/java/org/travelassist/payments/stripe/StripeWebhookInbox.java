package org.travelassist.payments.stripe;

import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox of Stripe events: each event id once (the primary key), whatever Stripe sends again. Storing an event and
 * publishing {@link StripeEventReceived} happen in one transaction, so the event publication registry hands it to
 * {@link StripeEventProcessor} after the commit, and again after a crash.
 */
@Component
class StripeWebhookInbox {

    record Received(String eventId, String type, String payload, @Nullable OffsetDateTime processedAt) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StripeWebhookInbox(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** True the first time this event id arrives. */
    @Transactional
    boolean receive(Event event, String payload) {
        int added = jdbc.sql("""
                insert into stripe_webhook_event (event_id, type, object_id, account_id, created_by_stripe_at, payload, received_at)
                values (:id, :type, :object, :account, :created, :payload, :now)
                on conflict (event_id) do nothing""")
                .param("id", event.getId())
                .param("type", event.getType())
                .param("object", objectId(event))
                .param("account", event.getAccount())
                .param("created", OffsetDateTime.ofInstant(Instant.ofEpochSecond(event.getCreated()), ZoneOffset.UTC))
                .param("payload", payload)
                .param("now", OffsetDateTime.now(clock))
                .update();
        if (added == 1) {
            events.publishEvent(new StripeEventReceived(event.getId()));
        }
        return added == 1;
    }

    Optional<Received> find(String eventId) {
        return jdbc.sql("select event_id, type, payload, processed_at from stripe_webhook_event where event_id = :id")
                .param("id", eventId)
                .query((rs, row) -> new Received(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .optional();
    }

    void processed(String eventId, String outcome) {
        jdbc.sql("update stripe_webhook_event set processed_at = :now, outcome = :outcome where event_id = :id")
                .param("now", OffsetDateTime.now(clock))
                .param("outcome", outcome.length() > 300 ? outcome.substring(0, 300) : outcome)
                .param("id", eventId)
                .update();
    }

    /** The id of the object the event is about, when it has a usable one (a malformed object has none). */
    private static @Nullable String objectId(Event event) {
        StripeObject object;
        try {
            object = event.getDataObjectDeserializer().getObject().orElse(null);
        } catch (RuntimeException malformed) { // signed, but a field of the wrong kind: the processor records why
            return null;
        }
        if (object instanceof com.stripe.model.HasId hasId && hasId.getId() != null
                && StripeWebhookController.STRIPE_ID.matcher(hasId.getId()).matches()) {
            return hasId.getId();
        }
        return null;
    }
}
