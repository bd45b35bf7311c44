package org.travelassist.payments.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
