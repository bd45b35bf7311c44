package org.travelassist.payments.stripe.local;

import com.google.gson.JsonObject;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.travelassist.payments.stripe.local.FakeStripe.SignedEvent;

/**
 * The fake's events: each change raises one, signed as Stripe signs it, and sent to the webhook (tried again a few
 * times while it does not answer 2xx, like Stripe), or held for a test to deliver its own way.
 */
final class Events {

    private static final Logger log = LoggerFactory.getLogger(Events.class);

    private final String webhookSecret;
    private final Answers answers;
    private final ExecutorService threads;
    private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<SignedEvent> held = new CopyOnWriteArrayList<>();
    private volatile @Nullable URI target;
    private volatile boolean hold;

    Events(String webhookSecret, Answers answers, ExecutorService threads) {
        this.webhookSecret = webhookSecret;
        this.answers = answers;
        this.threads = threads;
    }

    void deliverTo(URI webhook) {
        target = webhook;
    }

    void hold(boolean holdEvents) {
        hold = holdEvents;
    }

    List<SignedEvent> take() {
        synchronized (held) {
            var taken = List.copyOf(held);
            held.clear();
            return taken;
        }
    }

    /** @param connectedAccount the connected account a Connect event is about; null for the platform's own */
    void raise(String type, JsonObject about, @Nullable String connectedAccount) {
        var event = answers.object("event", answers.id("evt"));
        event.addProperty("api_version", Stripe.API_VERSION);
        event.addProperty("type", type);
        if (connectedAccount != null) {
            event.addProperty("account", connectedAccount);
        }
        event.addProperty("pending_webhooks", 1);
        var data = new JsonObject();
        data.add("object", about.deepCopy());
        event.add("data", data);
        String payload = Wire.GSON.toJson(event);
        // Signed when raised, on the fake's clock: the portal checks the time against its own (Answers.now).
        var signed = new SignedEvent(event.get("id").getAsString(), type, payload, sign(payload, event.get("created").getAsLong()));
        URI to = target;
        if (hold || to == null) {
            held.add(signed);
            return;
        }
        threads.submit(() -> send(to, signed));
    }

    String sign(String payload, long epochSecond) {
        try {
            return Webhook.Signature.generateSignatureHeader(payload, webhookSecret, epochSecond);
        } catch (Exception e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private void send(URI to, SignedEvent event) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                var response = webhookClient.send(HttpRequest.newBuilder(to)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("Stripe-Signature", event.signature())
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(event.payload()))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    return;
                }
            } catch (IOException e) {
                log.debug("Webhook {} not delivered: {}", event.id(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Wire.sleep(Duration.ofMillis(200L * attempt));
        }
        log.warn("Fake Stripe gave up delivering {} {} to {}", event.type(), event.id(), to);
    }
}
