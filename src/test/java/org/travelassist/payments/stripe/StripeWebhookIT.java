package org.travelassist.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.travelassist.IntegrationTest;
import org.travelassist.payments.stripe.local.FakeStripe;

/** The webhook endpoint: genuine events stored once; forged, stale and wrong-mode ones never applied. */
@IntegrationTest
class StripeWebhookIT {

    @LocalServerPort int port;
    @Autowired FakeStripe fake;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock; // the portal's: the webhook checks a signature's time against it

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> post(String payload, String signature) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + StripeWebhookController.PATH))
                .header("Content-Type", "application/json")
                .header("Stripe-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String event(String id, boolean livemode) {
        // Pretty-printed, with newlines: the signature is over these exact bytes.
        return """
                {
                  "id": "%s",
                  "object": "event",
                  "api_version": "%s",
                  "created": %d,
                  "livemode": %s,
                  "type": "customer.created",
                  "data": {"object": {"id": "cus_%s", "object": "customer"}}
                }
                """.formatted(id, com.stripe.Stripe.API_VERSION, clock.instant().getEpochSecond(), livemode, id);
    }

    long stored(String id) {
        return jdbc.sql("select count(*) from stripe_webhook_event where event_id = :id").param("id", id).query(Long.class).single();
    }

    @Test
    void a_genuine_event_is_stored_once_however_often_it_comes() throws Exception {
        String id = "evt_" + UUID.randomUUID();
        String payload = event(id, false);
        String signature = fake.sign(payload, clock.instant().getEpochSecond());

        var first = post(payload, signature);
        var again = post(payload, signature);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("Received");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("Already received");
        assertThat(stored(id)).isEqualTo(1);
        assertThat(first.headers().firstValue("Set-Cookie")).as("no session for Stripe").isEmpty();
    }

    @Test
    void forged_tampered_stale_and_unsigned_events_are_refused_with_400() throws Exception {
        String id = "evt_" + UUID.randomUUID();
        String payload = event(id, false);
        long now = clock.instant().getEpochSecond();

        var forged = post(payload, "t=" + now + ",v1=" + "ab".repeat(32));
        var tampered = post(payload.replace("customer.created", "payout.paid"), fake.sign(payload, now));
        var stale = post(payload, fake.sign(payload, now - 301)); // a replay of an old delivery
        var unsigned = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + StripeWebhookController.PATH))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(stored(id)).isZero();
    }

    @Test
    void a_live_event_sent_to_a_test_mode_portal_is_acknowledged_and_never_stored() throws Exception {
        String id = "evt_" + UUID.randomUUID();
        String payload = event(id, true);

        var response = post(payload, fake.sign(payload, clock.instant().getEpochSecond()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Ignored: wrong mode");
        assertThat(stored(id)).isZero();
    }
}
