package org.travelassist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.travelassist.payments.stripe.local.FakeStripe;

/**
 * Hostile requests over real HTTP to the two endpoints outside Vaadin: the eligibility JSON API and Stripe's webhook.
 * Whatever arrives, the answer is never a server error (5xx). The API's rate limit is per client address, so the
 * requests come from many loopback addresses (127.0.x.y), each well under the test profile's 20 a minute, and
 * {@link org.travelassist.eligibility.api.EligibilityApiIT}'s own address keeps its allowance.
 */
@IntegrationTest
@Tag("hostile")
class HostileHttpIT {

    private static final int PER_ADDRESS = 15;
    private static final List<String> POSTCODES = List.of("PE9 3TE", "le157hy", "LE15 6HQ", "SW1A 1AA", "ZZ99 9ZZ");

    @LocalServerPort int port;
    @Autowired FakeStripe stripe;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock; // the portal's: the webhook checks a signature's time against it

    final HostileInput hostile = new HostileInput();
    final Map<Integer, HttpClient> clients = new HashMap<>();
    final Map<Integer, Integer> statuses = new TreeMap<>();
    final List<String> serverErrors = new ArrayList<>();
    int sent;

    @AfterEach
    void closeClients() {
        clients.values().forEach(HttpClient::close);
    }

    /** A client on its own loopback address, a new one every {@link #PER_ADDRESS} requests. */
    private HttpClient client() throws Exception {
        int slot = sent++ / PER_ADDRESS;
        var client = clients.get(slot);
        if (client == null) {
            // 127.0.0.1 is every other test's address; start at 127.0.1.1 and never reuse one within a run.
            var address = InetAddress.getByAddress(new byte[] {127, 0, (byte) (1 + slot / 250), (byte) (1 + slot % 250)});
            client = HttpClient.newBuilder().localAddress(address).connectTimeout(Duration.ofSeconds(5)).build();
            clients.put(slot, client);
        }
        return client;
    }

    private void send(String what, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = client().send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        statuses.merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() >= 500) {
            serverErrors.add(response.statusCode() + " for " + HostileInput.abbreviate(what) + " → " + HostileInput.abbreviate(response.body()));
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void no_check_request_however_hostile_gets_a_server_error() throws Exception {
        int count = HostileInput.count(300);
        for (int i = 0; i < count; i++) {
            String body = checkBody();
            var request = HttpRequest.newBuilder(uri(hostile.chance(0.05) ? hostilePath() : "/api/eligibility/checks"));
            String contentType = hostile.chance(0.75) ? "application/json" : hostile.oneOf("application/json; charset=ISO-8859-1",
                    "application/json; charset=bogus", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                    "application/xml", "*/*", "application/json;;;", "");
            if (!contentType.isEmpty()) {
                request.header("Content-Type", contentType);
            }
            if (hostile.chance(0.1)) {
                request.header("Accept", hostile.oneOf("text/html", "application/xml", "image/png", "*/*;q=x", "application/problem+json"));
            }
            byte[] bytes = hostile.chance(0.05) ? hostile.bytes(6000) : body.getBytes(StandardCharsets.UTF_8);
            // Without a length (chunked) the body limit reads the body itself; with one it trusts the header.
            var publisher = hostile.chance(0.2)
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                    : HttpRequest.BodyPublishers.ofByteArray(bytes);
            request.method(hostile.chance(0.05) ? hostile.oneOf("GET", "PUT", "PATCH", "DELETE", "OPTIONS") : "POST", publisher);
            send(new String(bytes, StandardCharsets.UTF_8), request);
        }
        report("JSON API (POST /api/eligibility/checks)", count);
        assertThat(serverErrors).as("server errors (seed %d)", hostile.seed()).isEmpty();
    }

    @Test
    void no_webhook_body_however_hostile_gets_a_server_error_or_is_stored_half() throws Exception {
        long storedBefore = jdbc.sql("select count(*) from stripe_webhook_event").query(Long.class).single();
        int count = HostileInput.count(200);
        for (int i = 0; i < count; i++) {
            String payload = hostile.chance(0.05) ? hostile.randomText(hostile.between(0, 3000)) : eventBody();
            var request = HttpRequest.newBuilder(uri("/webhooks/stripe"))
                    .header("Content-Type", hostile.oneOf("application/json", "application/json; charset=utf-8", "text/plain"))
                    .POST(HttpRequest.BodyPublishers.ofString(payload));
            long now = clock.instant().getEpochSecond();
            switch (hostile.between(0, 10)) {
                case 0 -> { } // unsigned
                case 1 -> request.header("Stripe-Signature", headerSafe(hostile.string("t=" + now + ",v1=" + "ab".repeat(32))));
                case 2 -> request.header("Stripe-Signature", stripe.sign(payload, now - hostile.between(301, 100_000)));
                default -> request.header("Stripe-Signature", stripe.sign(payload, now));
            }
            send(payload, request);
        }
        report("Stripe webhook (POST /webhooks/stripe)", count);
        assertThat(serverErrors).as("server errors (seed %d)", hostile.seed()).isEmpty();
        // Whatever was accepted is stored whole: an id, a type and the exact payload.
        assertThat(jdbc.sql("select count(*) from stripe_webhook_event where event_id is null or type is null or payload is null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from stripe_webhook_event").query(Long.class).single()).isGreaterThanOrEqualTo(storedBefore);
    }

    @Test
    void signed_bodies_that_are_no_event_stripe_sends_are_refused_with_400_and_never_stored() throws Exception {
        // Each of these once reached the database and answered 500 (found by the fuzzing above).
        long now = clock.instant().getEpochSecond();
        String id = "evt_" + Long.toHexString(System.nanoTime());
        List<String> bodies = List.of(
                "{\"id\": \"" + id + "a\", \"object\": \"event\", \"livemode\": false, \"type\": \"payout.paid\", \"data\": {\"object\": {}}}",
                "{\"id\": \"" + id + "b\", \"object\": \"event\", \"created\": " + now + ", \"livemode\": false, \"type\": \"payout.paid\"}",
                "{\"id\": \"" + "x".repeat(65) + "\", \"object\": \"event\", \"created\": " + now
                        + ", \"livemode\": false, \"type\": \"payout.paid\", \"data\": {\"object\": {}}}",
                "{\"id\": \"" + id + "c\", \"object\": \"event\", \"created\": " + now
                        + ", \"livemode\": false, \"type\": \"payout.paid\\u0000\", \"data\": {\"object\": {}}}",
                "{\"id\": \"" + id + "d\", \"object\": \"event\", \"created\": " + now
                        + ", \"livemode\": false, \"type\": \"payout.paid\", \"data\": {\"object\": {\"id\": \"po_\u0000\"}}}",
                "{\"id\": \"" + id + "e\", \"object\": \"event\", \"created\": 9223372036854775807"
                        + ", \"livemode\": false, \"type\": \"payout.paid\", \"data\": {\"object\": {}}}");
        for (String body : bodies) {
            var response = client().send(HttpRequest.newBuilder(uri("/webhooks/stripe")).header("Content-Type", "application/json")
                    .header("Stripe-Signature", stripe.sign(body, now)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(HostileInput.abbreviate(body)).isEqualTo(400);
            assertThat(response.body()).isEqualTo("Not an event");
        }
        assertThat(jdbc.sql("select count(*) from stripe_webhook_event where event_id like :id").param("id", id + "%")
                .query(Long.class).single()).isZero();
    }

    /** What an HTTP client can put in a header at all: visible ASCII (anything else never reaches the portal). */
    private static String headerSafe(String value) {
        String safe = value.replaceAll("[^\\x21-\\x7E]", "");
        return safe.isEmpty() ? "x" : safe;
    }

    private String hostilePath() {
        return hostile.oneOf("/api/eligibility/checks/", "/api/eligibility/checks;jsessionid=x", "/api/eligibility/checks/..;/checks",
                "/api/eligibility/%2e%2e/checks", "/api/eligibility/checks?x=%25ZZ%00", "/api/eligibility/checks?postcode=" + "A".repeat(3000),
                "/api/eligibility/check", "/api/", "/api/eligibility/checks%00", "/api/eligibility//checks", "/api/%C0%AE%C0%AE/");
    }

    /** A check, each field valid, missing, or hostile in value and JSON type; sometimes broken as JSON. */
    private String checkBody() {
        var fields = new ArrayList<String>();
        field(fields, "postcode", HostileInput.quoted(hostile.oneOf(POSTCODES)), hostile.oneOf(POSTCODES));
        field(fields, "dateOfBirth", "\"2014-05-01\"", "2014-05-01");
        field(fields, "schoolUrn", "\"137340\"", "137340");
        field(fields, "specialEducationalNeeds", hostile.oneOf("true", "false"), "true");
        field(fields, "lowIncome", hostile.oneOf("true", "false"), "false");
        field(fields, "religionOrBelief", "\"Church of England\"", "Church of England");
        field(fields, "sex", hostile.oneOf("\"GIRL\"", "\"BOY\""), "GIRL");
        if (hostile.chance(0.1)) {
            fields.add(HostileInput.quoted(hostile.string("postCode")) + ": " + hostile.jsonValue("x"));
        }
        if (hostile.chance(0.05) && !fields.isEmpty()) {
            fields.add(fields.getFirst()); // a repeated key
        }
        java.util.Collections.shuffle(fields, hostile.random());
        String body = "{" + String.join(", ", fields) + "}";
        return switch (hostile.between(0, 20)) {
            case 0 -> body.substring(0, hostile.between(0, body.length()));
            case 1 -> body + hostile.oneOf("}", "garbage", "{}", "\u0000");
            case 2 -> "[" + body + "]";
            case 3 -> hostile.jsonValue("x");
            case 4 -> body.replace(":", hostile.oneOf("=", "::", ": :"));
            default -> body;
        };
    }

    private void field(List<String> fields, String name, String validJson, String validText) {
        switch (hostile.between(0, 4)) {
            case 0 -> { } // left out
            case 1 -> fields.add("\"" + name + "\": " + hostile.jsonValue(validText));
            default -> fields.add("\"" + name + "\": " + validJson);
        }
    }

    /** A Stripe event whose parts are sometimes hostile: ids, types, times, the mode and the object inside. */
    private String eventBody() {
        String id = "evt_hostile_" + Long.toHexString(hostile.random().nextLong());
        var fields = new ArrayList<String>();
        fields.add("\"id\": " + (hostile.chance(0.3) ? hostile.jsonValue(id) : HostileInput.quoted(id)));
        fields.add("\"object\": " + (hostile.chance(0.1) ? hostile.jsonValue("event") : "\"event\""));
        fields.add("\"api_version\": \"" + com.stripe.Stripe.API_VERSION + "\"");
        fields.add("\"created\": " + (hostile.chance(0.3) ? hostile.jsonValue("1") : String.valueOf(clock.instant().getEpochSecond())));
        fields.add("\"livemode\": " + (hostile.chance(0.2) ? hostile.jsonValue("false") : "false"));
        String type = hostile.oneOf("customer.created", "payout.paid", "payout.failed", "transfer.created", "payment_intent.succeeded",
                "charge.refunded", "account.updated");
        fields.add("\"type\": " + (hostile.chance(0.3) ? hostile.jsonValue(type) : HostileInput.quoted(type)));
        String object = "{\"id\": " + HostileInput.quoted(hostile.chance(0.5) ? hostile.string("po_123") : "po_" + id)
                + ", \"object\": " + HostileInput.quoted(hostile.oneOf("payout", "transfer", "customer", "payment_intent", hostile.string("x")))
                + (hostile.chance(0.5) ? ", \"amount\": " + hostile.jsonValue("100") : "")
                + (hostile.chance(0.5) ? ", \"metadata\": " + hostile.jsonValue("{}") : "")
                + (hostile.chance(0.3) ? ", \"status\": " + hostile.jsonValue("paid") : "") + "}";
        fields.add("\"data\": " + (hostile.chance(0.15) ? hostile.jsonValue("{}") : "{\"object\": " + object + "}"));
        if (hostile.chance(0.1)) {
            fields.add("\"account\": " + hostile.jsonValue("acct_1"));
        }
        java.util.Collections.shuffle(fields, hostile.random());
        return "{\n  " + String.join(",\n  ", fields) + "\n}";
    }

    private void report(String what, int count) {
        System.out.printf("Hostile input, %s: %,d requests tried (seed %d), answers by status %s, %d server errors%n",
                what, count, hostile.seed(), statuses, serverErrors.size());
        serverErrors.stream().limit(20).forEach(error -> System.out.println("  " + error));
    }
}
