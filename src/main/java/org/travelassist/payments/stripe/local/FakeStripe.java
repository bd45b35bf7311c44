package org.travelassist.payments.stripe.local;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.travelassist.payments.stripe.local.Answers.Stored;
import org.travelassist.payments.stripe.local.Faults.Failure;

/**
 * A small, stateful stand-in for the parts of Stripe's HTTP API the portal uses, for tests and the local profile.
 * The real stripe-java client talks to it ({@code travelassist.stripe.api-base}), so what is tested is what is sent.
 * This class is the server and what a test controls; its parts are {@link Connect} (accounts, transfers, payouts),
 * {@link Checkout} (card payments and refunds) with its {@link CheckoutPage}, {@link Events} (signed webhooks) and
 * {@link Faults} (failure injection).
 *
 * <p>It CHECKS every request as Stripe would and records what is wrong in {@link #violations()}: the secret key in
 * the Authorization header, an Idempotency-Key on every POST derived from what it pays (the same key with different
 * parameters is refused, the same key again returns the stored first answer), amounts in whole pence, currency gbp,
 * a known destination, the payment's reference in the metadata.
 *
 * <p>It can FAIL on purpose ({@link #injectFailures}): a 500 before anything is done, a response that comes too late
 * after the work was done (the client times out), or a connection dropped after the work was done.
 *
 * <p>What Stripe does later it does when told: {@link #payOutBalances()} pays each connected account's balance to its
 * bank (or fails it, {@link #failPayoutsTo}), {@link #expireSession} ends an unpaid Checkout, and every change raises
 * a signed event, delivered to the webhook address ({@link #deliverTo}) or kept for a test ({@link #holdEvents}).
 *
 * <p>Its time (objects' {@code created}, a payout's {@code arrival_date}, an event's signature) is the {@link Clock}
 * it is started with: the portal's own when started in the portal, so that they agree when a test moves it.
 */
public final class FakeStripe implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FakeStripe.class);

    /** An event as Stripe sends it: the body and its Stripe-Signature header. */
    public record SignedEvent(String id, String type, String payload, String signature) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    /** Apart from the API's threads: a webhook that keeps refusing (tried for seconds) must not hold up the API. */
    private final ExecutorService deliveries = Executors.newFixedThreadPool(16);
    private final String apiKey;
    private final String webhookSecret;
    private final Answers answers;
    private final Faults faults = new Faults();
    private final Events events;
    private final Connect connect;
    private final Checkout checkout;

    private final Map<String, Stored> idempotent = new ConcurrentHashMap<>();
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();
    private final AtomicLong posts = new AtomicLong();

    private FakeStripe(int port, String apiKey, String webhookSecret, Clock clock) {
        this.apiKey = apiKey;
        this.webhookSecret = webhookSecret;
        this.answers = new Answers(clock);
        this.events = new Events(webhookSecret, answers, deliveries);
        this.connect = new Connect(answers, events);
        this.checkout = new Checkout(answers, events, this::apiBase);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("The fake Stripe could not listen on port " + port, e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A fake on the system clock (UTC), for a test that starts its own. */
    public static FakeStripe start(int port, String apiKey, String webhookSecret) {
        return start(port, apiKey, webhookSecret, Clock.systemUTC());
    }

    /** @param clock Stripe's time; in the portal, the portal's clock */
    public static FakeStripe start(int port, String apiKey, String webhookSecret, Clock clock) {
        var fake = new FakeStripe(port, apiKey, webhookSecret, clock);
        log.info("Fake Stripe API at {} (local and test only: no money moves)", fake.apiBase());
        return fake;
    }

    public String apiBase() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    // ---- What a test or the local profile controls --------------------------------------------------------------

    /** Fail this share of POSTs (0 to 1), evenly among the kinds of failure, with a repeatable dice. */
    public void injectFailures(double rate, long seed) {
        faults.inject(rate, seed);
    }

    /** How late a timed-out answer comes; longer than the client's read timeout. */
    public void answerLateBy(Duration delay) {
        faults.answerLateBy(delay);
    }

    /**
     * The network to Stripe goes down mid-run: {@code transfers} more transfers are answered, then the next one is
     * made (and stored under its key) but its answer never arrives, nor any answer after it, until {@link #recover()}.
     */
    public void goDownAfterTransfers(int transfers) {
        faults.goDownAfterTransfers(transfers);
    }

    public void recover() {
        faults.recover();
    }

    public void deliverTo(URI webhook) {
        events.deliverTo(webhook);
    }

    /** Keep events for {@link #takeEvents()} rather than sending them. */
    public void holdEvents(boolean hold) {
        events.hold(hold);
    }

    public List<SignedEvent> takeEvents() {
        return events.take();
    }

    /**
     * A Stripe-Signature header for this body at this time, as Stripe computes it. A test signs at the portal's
     * {@code clock.instant()}, which the webhook checks it against, never at {@code Instant.now()}.
     */
    public String sign(String payload, long epochSecond) {
        return events.sign(payload, epochSecond);
    }

    /** Payouts to this bank account fail, as when it is closed. */
    public void failPayoutsTo(String accountNumber) {
        connect.failPayoutsTo(accountNumber);
    }

    /**
     * Stripe's payout schedule, run now: each connected account's balance goes to its bank in one payout, which is
     * paid, or failed where {@link #failPayoutsTo} says. Raises payout.paid or payout.failed (a Connect event, with
     * the account). Returns the payouts made.
     */
    public List<JsonObject> payOutBalances() {
        return connect.payOutBalances();
    }

    /** Stripe's 24 hours are up for this session: it expires unpaid and raises checkout.session.expired. */
    public void expireSession(String id) {
        checkout.expireSession(id);
    }

    /** Everything wrong the portal sent, in words; a test asserts it is empty. */
    public List<String> violations() {
        return answers.violations();
    }

    public long postsReceived() {
        return posts.get();
    }

    public long failuresInjected() {
        return faults.injected();
    }

    /** Every transfer made, oldest first, as Stripe holds them. */
    public List<JsonObject> transfers() {
        return connect.transfers();
    }

    public List<JsonObject> accounts() {
        return connect.accounts();
    }

    /** The connected accounts the portal deleted, oldest first, as they were before (with their bank account). */
    public List<JsonObject> deletedAccounts() {
        return connect.deletedAccounts();
    }

    public @Nullable JsonObject checkoutSession(String id) {
        return checkout.session(id);
    }

    /** The Checkout sessions made, oldest first. */
    public List<JsonObject> checkoutSessions() {
        return checkout.sessions();
    }

    public List<JsonObject> refunds() {
        return checkout.refunds();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        deliveries.shutdownNow();
    }

    // ---- The API -----------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/checkout/")) {
                CheckoutPage.handle(checkout, exchange);
                return;
            }
            if (!path.startsWith("/v1/")) { // what a browser asks of the page's host (a favicon): not the API
                Wire.respond(exchange, 404, Wire.error("invalid_request_error", null, "Not found: " + path));
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!("Bearer " + apiKey).equals(authorization)) {
                answers.violation(method + " " + path + ": no valid secret key in the Authorization header");
                Wire.respond(exchange, 401, Wire.error("invalid_request_error", null, "Invalid API Key provided."));
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = Wire.decodeForm("POST".equals(method) ? body : exchange.getRequestURI().getRawQuery());
            String account = exchange.getRequestHeaders().getFirst("Stripe-Account");
            if ("GET".equals(method)) {
                var answer = connect.read(path, form, account);
                if (answer == null) {
                    answer = checkout.read(path);
                }
                if (answer == null) {
                    answer = new Answers.Answer(404, Wire.error("invalid_request_error", "resource_missing", "No such object: " + path));
                }
                Wire.respond(exchange, answer.status(), answer.body());
                return;
            }
            String[] parts = path.split("/");
            if ("DELETE".equals(method) && parts.length == 4 && parts[2].equals("accounts")) {
                var answer = connect.deleteAccount(parts[3]);
                Wire.respond(exchange, answer.status(), answer.body());
                return;
            }
            if (!"POST".equals(method)) {
                Wire.respond(exchange, 405, Wire.error("invalid_request_error", null, "Unrecognized request URL (" + method + ")."));
                return;
            }
            post(exchange, path, form);
        } catch (RuntimeException e) {
            log.warn("The fake Stripe failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            throw e;
        }
    }

    /** A POST, as Stripe's idempotency works: the first answer under a key is kept and given again. */
    private void post(HttpExchange exchange, String path, Map<String, String> form) throws IOException {
        posts.incrementAndGet();
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || key.isBlank()) {
            answers.violation("POST " + path + " without an Idempotency-Key");
            Wire.respond(exchange, 400, Wire.error("invalid_request_error", "idempotency_key_missing",
                    "This fake refuses a POST without an Idempotency-Key."));
            return;
        }
        checkKeyIsDerived(path, form, key);
        Failure failure = faults.next();
        if (failure == Failure.SERVER_ERROR_BEFORE) {
            Wire.respond(exchange, 500, Wire.error("api_error", null, "An injected error before the request was processed."));
            return;
        }
        String fingerprint = path + "?" + new TreeMap<>(form);
        Stored answer = idempotent.get(key);
        if (answer == null) {
            if (!inProgress.add(key)) {
                Wire.respond(exchange, 409, Wire.error("idempotency_error", "idempotency_key_in_use",
                        "There is currently another in-progress request using this Idempotent Key."));
                return;
            }
            try {
                Stored made = create(path, form, fingerprint);
                // Stripe keeps the first answer once work has begun, errors included (not a 500 before it began).
                idempotent.put(key, made);
                answer = made;
            } finally {
                inProgress.remove(key);
            }
        } else if (!answer.fingerprint().equals(fingerprint)) {
            answers.violation("Idempotency-Key " + key + " reused with different parameters: " + fingerprint);
            Wire.respond(exchange, 400, Wire.error("idempotency_error", null, "Keys for idempotent requests can only be "
                    + "used with the same parameters they were first used with."));
            return;
        }
        if (faults.answerLost(path)) {
            throw new IOException("Injected outage: the request was processed, and no answer gets through");
        }
        if (failure == Failure.TIMEOUT_AFTER) {
            Wire.sleep(faults.lateBy());
        } else if (failure == Failure.DROPPED_AFTER) {
            // Closing without an answer: the client sees the connection end.
            throw new IOException("Injected: connection dropped after the request was processed");
        }
        exchange.getResponseHeaders().add("Idempotency-Key", key);
        Wire.respond(exchange, answer.status(), answer.body());
    }

    /**
     * stripe-java makes up a random key when none is given, which would make every retry a new payout; the portal's
     * rule is a key derived from what is paid (ECOSYSTEM §B), so a key that does not name it is reported.
     */
    private void checkKeyIsDerived(String path, Map<String, String> form, String key) {
        String owner = switch (path) {
            case "/v1/transfers" -> form.get("metadata[instruction_id]");
            case "/v1/accounts" -> form.get("metadata[bank_details_id]");
            case "/v1/checkout/sessions", "/v1/refunds" -> form.get("metadata[reference]");
            default -> null;
        };
        if (owner == null || !key.contains(owner)) {
            answers.violation("POST " + path + ": Idempotency-Key '" + key + "' is not derived from what it pays (" + owner + ")");
        }
    }

    private Stored create(String path, Map<String, String> form, String fingerprint) {
        return switch (path) {
            case "/v1/accounts" -> connect.createAccount(form, fingerprint);
            case "/v1/transfers" -> connect.createTransfer(form, fingerprint);
            case "/v1/checkout/sessions" -> checkout.createSession(form, fingerprint);
            case "/v1/refunds" -> checkout.createRefund(form, fingerprint);
            default -> new Stored(fingerprint, 404, Wire.error("invalid_request_error", null, "Unrecognized request URL (POST: " + path + ")."));
        };
    }
}
