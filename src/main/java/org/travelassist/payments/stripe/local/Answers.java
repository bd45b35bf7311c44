package org.travelassist.payments.stripe.local;

import com.google.gson.JsonObject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the fake answers, and what it found wrong in what it was sent ({@link #violations}), shared by its parts; its
 * ids, unique across runs of the fake so that two test runs never share an object; and its time ({@link #now}).
 */
final class Answers {

    /** An answer to a POST, kept under its Idempotency-Key with the request it answered. */
    record Stored(String fingerprint, int status, String body) {}

    /** An answer to a GET. */
    record Answer(int status, String body) {}

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final String runId = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
    private final Clock clock;

    Answers(Clock clock) {
        this.clock = clock;
    }

    /**
     * Stripe's time: when objects are created, payouts arrive and events are signed. In process it is the portal's
     * clock, so a test that moves the portal's clock moves Stripe's too (the webhook checks signatures against it).
     */
    Instant now() {
        return clock.instant();
    }

    /** A new Stripe object, created now. */
    JsonObject object(String type, String id) {
        return Wire.object(type, id, now());
    }

    String id(String prefix) {
        return prefix + "_" + runId + String.format("%010d", sequence.incrementAndGet());
    }

    void violation(String what) {
        violations.add(what);
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    static void expect(List<String> wrong, Map<String, String> form, String field, String value) {
        if (!value.equals(form.get(field))) {
            wrong.add(field + " must be '" + value + "', was '" + form.get(field) + "'");
        }
    }

    /** Refuses the request as Stripe would (400), and reports each problem as a violation. */
    Stored refuse(String fingerprint, String request, List<String> wrong) {
        wrong.forEach(problem -> violations.add(request + ": " + problem));
        return new Stored(fingerprint, 400, Wire.error("invalid_request_error", "parameter_invalid", String.join("; ", wrong)));
    }

    static Stored ok(String fingerprint, JsonObject body) {
        return new Stored(fingerprint, 200, Wire.GSON.toJson(body));
    }
}
