package org.travelassist.payments.stripe;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook: outside Vaadin, with no session and no CSRF token (security.ApiSecurityConfiguration); what makes
 * a request genuine is the Stripe-Signature over the exact bytes received, checked with the endpoint's secret and a
 * 5-minute tolerance, so a forged or an old (replayed) event is refused with 400. A genuine event is only stored in
 * the inbox here and answered at once; {@link StripeEventProcessor} applies it after the commit.
 */
@RestController
class StripeWebhookController {

    static final String PATH = "/webhooks/stripe";
    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeSettings settings;
    private final StripeWebhookInbox inbox;
    private final Clock clock;

    StripeWebhookController(StripeSettings settings, StripeWebhookInbox inbox, Clock clock) {
        this.settings = settings;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Stripe's ids are short and plain; so are event types. */
    static final Pattern STRIPE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z0-9_.]{1,100}");
    /** 9999-12-31T23:59:59Z: a later "created" is not a time Stripe sent, and PostgreSQL could not store it. */
    private static final long LAST_SECOND = 253_402_300_799L;

    /**
     * Why a correctly signed body is still not an event Stripe sends, or null when it is one: every event has an id,
     * a type, a creation time and a data object, and no JSON text holds a NUL character (which PostgreSQL's text
     * refuses). Found by {@code HostileHttpIT}: each of these once reached the database and answered 500.
     */
    static @Nullable String notAnEvent(String payload, Event event) {
        if (payload.indexOf(0) >= 0) {
            return "a NUL character";
        }
        if (event.getId() == null || !STRIPE_ID.matcher(event.getId()).matches()) {
            return "no usable id";
        }
        if (event.getType() == null || !EVENT_TYPE.matcher(event.getType()).matches()) {
            return "no usable type";
        }
        if (event.getCreated() == null || event.getCreated() < 0 || event.getCreated() > LAST_SECOND) {
            return "no usable creation time";
        }
        if (!hasDataObject(payload)) {
            return "no data object";
        }
        if (event.getAccount() != null && !STRIPE_ID.matcher(event.getAccount()).matches()) {
            return "no usable account";
        }
        return null;
    }

    /**
     * Read from the JSON itself: {@code event.getData().getObject()} would deserialize the object, which throws for
     * a field of another shape, and such an event (say, from a newer API version) is still stored for the processor
     * to record, not refused, so that Stripe does not retry it for days.
     */
    private static boolean hasDataObject(String payload) {
        try {
            JsonElement data = JsonParser.parseString(payload).getAsJsonObject().get("data");
            return data != null && data.isJsonObject() && data.getAsJsonObject().get("object") instanceof JsonObject;
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    @PostMapping(PATH)
    ResponseEntity<String> receive(@RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature,
            HttpServletRequest request) {
        if (!settings.configured() || settings.webhookSecret().isBlank()) {
            return ResponseEntity.notFound().build();
        }
        // The bytes as sent: re-reading them as lines or re-serialising the JSON would break the signature.
        String payload = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        Event event;
        try {
            if (signature == null) {
                throw new SignatureVerificationException("No Stripe-Signature header", null);
            }
            event = Webhook.constructEvent(payload, signature, settings.webhookSecret(),
                    settings.webhookTolerance().toSeconds(), clock);
        } catch (SignatureVerificationException e) {
            log.warn("Stripe webhook refused from {}: {}", request.getRemoteAddr(), e.getMessage());
            return ResponseEntity.badRequest().body("Signature refused");
        } catch (RuntimeException e) { // signed, but not an event (JsonSyntaxException and the like)
            log.warn("Stripe webhook refused from {}: not an event ({})", request.getRemoteAddr(), e.toString());
            return ResponseEntity.badRequest().body("Not an event");
        }
        String unusable = notAnEvent(payload, event);
        if (unusable != null) { // signed with our secret, so a bug or a leaked secret: say so, and never store it
            log.warn("Stripe webhook refused from {}: signed, but not an event Stripe sends ({})", request.getRemoteAddr(), unusable);
            return ResponseEntity.badRequest().body("Not an event");
        }
        if (!Boolean.valueOf(settings.livemode()).equals(event.getLivemode())) {
            // Stripe sends test events to live endpoints too: accept (so it stops sending) and never apply.
            log.warn("Stripe event {} ({}) ignored: livemode {} but this portal runs in {} mode", event.getId(),
                    event.getType(), event.getLivemode(), settings.livemode() ? "live" : "test");
            return ResponseEntity.ok("Ignored: wrong mode");
        }
        boolean first = inbox.receive(event, payload);
        return ResponseEntity.ok(first ? "Received" : "Already received");
    }
}
