package org.travelassist.payments.stripe.local;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small, stateful stand-in for the parts of Stripe's HTTP API the portal uses, for tests and the local profile.
 * The real stripe-java client talks to it ({@code travelassist.stripe.api-base}), so what is tested is what is sent.
 *
 * <p>It CHECKS every request as Stripe would and records what is wrong in {@link #violations()}: the secret key in
 * the Authorization header, an Idempotency-Key on every POST (the same key with different parameters is refused,
 * the same key again returns the stored first answer), amounts in whole pence, currency gbp, a known destination.
 *
 * <p>It can FAIL on purpose ({@link #injectFailures}): a 500 before anything is done, a response that comes too late
 * after the transfer was made (the client times out), or a connection dropped after the transfer was made.
 *
 * <p>What Stripe does later it does when told: {@link #payOutBalances()} pays each connected account's balance to its
 * bank (or fails it, {@link #failPayoutsTo}), and every change raises a signed event, delivered to the webhook
 * address ({@link #deliverTo}) or kept for a test to deliver its own way ({@link #holdEvents}).
 */
public final class FakeStripe implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FakeStripe.class);
    private static final Gson GSON = new Gson();

    /** A way for a request to go wrong, as on a real network. */
    public enum Failure {
        /** 500 before anything happened: nothing is stored under the key, a retry does the work. */
        SERVER_ERROR_BEFORE,
        /** The work is done and its answer stored, but the answer comes after the client has given up. */
        TIMEOUT_AFTER,
        /** The work is done and its answer stored, then the connection is closed without an answer. */
        DROPPED_AFTER
    }

    /** An event as Stripe sends it: the body and its Stripe-Signature header. */
    public record SignedEvent(String id, String type, String payload, String signature) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiKey;
    private final String webhookSecret;
    private final AtomicLong sequence = new AtomicLong();
    private final String runId = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));

    private final Map<String, JsonObject> accounts = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> transfers = Collections.synchronizedMap(new LinkedHashMap<>());
    /** Per connected account, the destination payments ("py_") not yet paid out. */
    private final Map<String, List<JsonObject>> unpaidBalance = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> payouts = new ConcurrentHashMap<>();
    /** Per payout, the balance transactions it paid out. */
    private final Map<String, List<JsonObject>> payoutTransactions = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> sessions = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> refunds = new ConcurrentHashMap<>();
    private final Set<String> failingAccountNumbers = ConcurrentHashMap.newKeySet();

    private final Map<String, Stored> idempotent = new ConcurrentHashMap<>();
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<SignedEvent> heldEvents = new CopyOnWriteArrayList<>();
    private final AtomicLong posts = new AtomicLong();
    private final AtomicLong injected = new AtomicLong();

    private volatile @Nullable URI webhookTarget;
    private volatile boolean holdEvents;
    private volatile double failureRate;
    private volatile Random failureDice = new Random(0);
    private volatile Duration lateBy = Duration.ofSeconds(3);
    private volatile int outageAfterTransfers = -1;
    private final AtomicLong transfersBeforeOutage = new AtomicLong();
    private volatile boolean outage;

    private record Stored(String fingerprint, int status, String body) {}

    private FakeStripe(int port, String apiKey, String webhookSecret) {
        this.apiKey = apiKey;
        this.webhookSecret = webhookSecret;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("The fake Stripe could not listen on port " + port, e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeStripe start(int port, String apiKey, String webhookSecret) {
        var fake = new FakeStripe(port, apiKey, webhookSecret);
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

    /** Fail this share of POSTs (0 to 1), evenly among the {@link Failure} kinds, with a repeatable dice. */
    public void injectFailures(double rate, long seed) {
        failureDice = new Random(seed);
        failureRate = rate;
    }

    /** How late a {@link Failure#TIMEOUT_AFTER} answer comes; longer than the client's read timeout. */
    public void answerLateBy(Duration delay) {
        lateBy = delay;
    }

    /**
     * The network to Stripe goes down mid-run: {@code transfers} more transfers are answered, then the next one is
     * made (and stored under its key) but its answer never arrives, nor any answer after it, until {@link #recover()}.
     */
    public void goDownAfterTransfers(int transfers) {
        transfersBeforeOutage.set(0);
        outage = false;
        outageAfterTransfers = transfers;
    }

    public void recover() {
        outageAfterTransfers = -1;
        outage = false;
    }

    public void deliverTo(URI webhook) {
        webhookTarget = webhook;
    }

    /** Keep events for {@link #takeEvents()} rather than sending them. */
    public void holdEvents(boolean hold) {
        holdEvents = hold;
    }

    public List<SignedEvent> takeEvents() {
        synchronized (heldEvents) {
            var taken = List.copyOf(heldEvents);
            heldEvents.clear();
            return taken;
        }
    }

    /** Payouts to this bank account fail, as when it is closed. */
    public void failPayoutsTo(String accountNumber) {
        failingAccountNumbers.add(accountNumber);
    }

    /** Everything wrong the portal sent, in words; a test asserts it is empty. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    public long postsReceived() {
        return posts.get();
    }

    public long failuresInjected() {
        return injected.get();
    }

    /** Every transfer made, oldest first, as Stripe holds them. */
    public List<JsonObject> transfers() {
        synchronized (transfers) {
            return transfers.values().stream().map(JsonObject::deepCopy).toList();
        }
    }

    public List<JsonObject> accounts() {
        return accounts.values().stream().map(JsonObject::deepCopy).toList();
    }

    public @Nullable JsonObject checkoutSession(String id) {
        var session = sessions.get(id);
        return session == null ? null : session.deepCopy();
    }

    public List<JsonObject> refunds() {
        return refunds.values().stream().map(JsonObject::deepCopy).toList();
    }

    /**
     * Stripe's payout schedule, run now: each connected account's balance goes to its bank in one payout, which is
     * paid, or failed where {@link #failPayoutsTo} says. Raises payout.paid or payout.failed (a Connect event, with
     * the account). Returns the payouts made.
     */
    public List<JsonObject> payOutBalances() {
        List<JsonObject> made = new ArrayList<>();
        for (String account : List.copyOf(unpaidBalance.keySet())) {
            List<JsonObject> payments;
            synchronized (unpaidBalance) {
                payments = unpaidBalance.remove(account);
            }
            if (payments == null || payments.isEmpty()) {
                continue;
            }
            long amount = payments.stream().mapToLong(p -> p.get("amount").getAsLong()).sum();
            String bankAccount = accounts.get(account).get("_account_number").getAsString();
            boolean fails = failingAccountNumbers.contains(bankAccount);
            var payout = object("payout", id("po"));
            payout.addProperty("amount", amount);
            payout.addProperty("currency", "gbp");
            payout.addProperty("arrival_date", Instant.now().getEpochSecond());
            payout.addProperty("status", fails ? "failed" : "paid");
            payout.addProperty("automatic", true);
            payout.addProperty("failure_code", fails ? "account_closed" : null);
            payout.addProperty("failure_message", fails ? "The bank account has been closed." : null);
            payouts.put(payout.get("id").getAsString(), payout);
            payoutTransactions.put(payout.get("id").getAsString(), payments.stream().map(payment -> {
                var transaction = object("balance_transaction", id("txn"));
                transaction.addProperty("type", "payment");
                transaction.addProperty("amount", payment.get("amount").getAsLong());
                transaction.addProperty("currency", "gbp");
                transaction.add("source", payment.deepCopy());
                return transaction;
            }).toList());
            made.add(payout.deepCopy());
            raise(fails ? "payout.failed" : "payout.paid", payout, account);
        }
        return made;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    // ---- The API -----------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/checkout/")) {
                CheckoutPage.handle(this, exchange);
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!("Bearer " + apiKey).equals(authorization)) {
                violations.add(method + " " + path + ": no valid secret key in the Authorization header");
                respond(exchange, 401, error("invalid_request_error", null, "Invalid API Key provided."));
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = decodeForm("POST".equals(method) ? body : exchange.getRequestURI().getRawQuery());
            String account = exchange.getRequestHeaders().getFirst("Stripe-Account");
            if ("GET".equals(method)) {
                var answer = read(path, form, account);
                respond(exchange, answer.status(), answer.body());
                return;
            }
            if (!"POST".equals(method)) {
                respond(exchange, 405, error("invalid_request_error", null, "Unrecognized request URL (" + method + ")."));
                return;
            }
            posts.incrementAndGet();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key == null || key.isBlank()) {
                violations.add("POST " + path + " without an Idempotency-Key");
                respond(exchange, 400, error("invalid_request_error", "idempotency_key_missing",
                        "This fake refuses a POST without an Idempotency-Key."));
                return;
            }
            checkKeyIsDerived(path, form, key);
            Failure failure = nextFailure();
            if (failure == Failure.SERVER_ERROR_BEFORE) {
                respond(exchange, 500, error("api_error", null, "An injected error before the request was processed."));
                return;
            }
            String fingerprint = path + "?" + new TreeMap<>(form);
            Stored answer = idempotent.get(key);
            if (answer == null) {
                if (!inProgress.add(key)) {
                    respond(exchange, 409, error("idempotency_error", "idempotency_key_in_use",
                            "There is currently another in-progress request using this Idempotent Key."));
                    return;
                }
                try {
                    Stored made = create(path, form, account, fingerprint);
                    // Stripe keeps the first answer once work has begun, errors included (not a 500 before it began).
                    idempotent.put(key, made);
                    answer = made;
                } finally {
                    inProgress.remove(key);
                }
            } else if (!answer.fingerprint().equals(fingerprint)) {
                violations.add("Idempotency-Key " + key + " reused with different parameters: " + fingerprint);
                respond(exchange, 400, error("idempotency_error", null, "Keys for idempotent requests can only be "
                        + "used with the same parameters they were first used with."));
                return;
            }
            if (outageAfterTransfers >= 0 && (outage
                    || path.equals("/v1/transfers") && transfersBeforeOutage.incrementAndGet() > outageAfterTransfers)) {
                outage = true;
                throw new IOException("Injected outage: the request was processed, and no answer gets through");
            }
            if (failure == Failure.TIMEOUT_AFTER) {
                sleep(lateBy);
            } else if (failure == Failure.DROPPED_AFTER) {
                // Closing without an answer: the client sees the connection end.
                throw new IOException("Injected: connection dropped after the request was processed");
            }
            exchange.getResponseHeaders().add("Idempotency-Key", key);
            respond(exchange, answer.status(), answer.body());
        } catch (RuntimeException e) {
            log.warn("The fake Stripe failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            throw e;
        }
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
            violations.add("POST " + path + ": Idempotency-Key '" + key + "' is not derived from what it pays (" + owner + ")");
        }
    }

    private @Nullable Failure nextFailure() {
        if (failureRate <= 0) {
            return null;
        }
        synchronized (this) {
            if (failureDice.nextDouble() >= failureRate) {
                return null;
            }
            injected.incrementAndGet();
            return Failure.values()[failureDice.nextInt(Failure.values().length)];
        }
    }

    private Stored create(String path, Map<String, String> form, @Nullable String account, String fingerprint) {
        return switch (path) {
            case "/v1/accounts" -> createAccount(form, fingerprint);
            case "/v1/transfers" -> createTransfer(form, fingerprint);
            case "/v1/checkout/sessions" -> createSession(form, fingerprint);
            case "/v1/refunds" -> createRefund(form, fingerprint);
            default -> new Stored(fingerprint, 404, error("invalid_request_error", null, "Unrecognized request URL (POST: " + path + ")."));
        };
    }

    private Stored createAccount(Map<String, String> form, String fingerprint) {
        List<String> wrong = new ArrayList<>();
        expect(wrong, form, "type", "custom");
        expect(wrong, form, "country", "GB");
        expect(wrong, form, "tos_acceptance[service_agreement]", "recipient");
        expect(wrong, form, "capabilities[transfers][requested]", "true");
        expect(wrong, form, "external_account[object]", "bank_account");
        expect(wrong, form, "external_account[country]", "GB");
        expect(wrong, form, "external_account[currency]", "gbp");
        String sortCode = form.getOrDefault("external_account[routing_number]", "");
        String accountNumber = form.getOrDefault("external_account[account_number]", "");
        if (!sortCode.matches("\\d{6}") || !accountNumber.matches("\\d{8}")) {
            wrong.add("a bank account needs a six-digit sort code and an eight-digit account number");
        }
        if (!wrong.isEmpty()) {
            return refuse(fingerprint, "POST /v1/accounts", wrong);
        }
        var account = object("account", id("acct"));
        account.addProperty("type", "custom");
        account.addProperty("country", "GB");
        account.addProperty("payouts_enabled", true);
        account.add("metadata", metadata(form));
        account.addProperty("_account_number", accountNumber);
        accounts.put(account.get("id").getAsString(), account);
        return ok(fingerprint, withoutPrivateFields(account));
    }

    private Stored createTransfer(Map<String, String> form, String fingerprint) {
        List<String> wrong = new ArrayList<>();
        String amount = form.getOrDefault("amount", "");
        if (!amount.matches("[1-9]\\d*")) {
            wrong.add("amount must be a positive whole number of pence, was '" + amount + "'");
        }
        expect(wrong, form, "currency", "gbp");
        String destination = form.getOrDefault("destination", "");
        if (!accounts.containsKey(destination)) {
            wrong.add("destination '" + destination + "' is not a connected account");
        }
        if (!form.containsKey("metadata[instruction_id]")) {
            wrong.add("metadata[instruction_id] is missing, so the transfer cannot be found again");
        }
        if (!form.containsKey("transfer_group")) {
            wrong.add("transfer_group is missing");
        }
        if (!wrong.isEmpty()) {
            return refuse(fingerprint, "POST /v1/transfers", wrong);
        }
        var transfer = object("transfer", id("tr"));
        transfer.addProperty("amount", Long.parseLong(amount));
        transfer.addProperty("amount_reversed", 0);
        transfer.addProperty("currency", "gbp");
        transfer.addProperty("destination", destination);
        transfer.addProperty("description", form.get("description"));
        transfer.addProperty("transfer_group", form.get("transfer_group"));
        transfer.addProperty("reversed", false);
        transfer.add("metadata", metadata(form));
        var payment = object("charge", id("py"));
        payment.addProperty("amount", Long.parseLong(amount));
        payment.addProperty("currency", "gbp");
        payment.addProperty("source_transfer", transfer.get("id").getAsString());
        transfer.addProperty("destination_payment", payment.get("id").getAsString());
        transfers.put(transfer.get("id").getAsString(), transfer);
        synchronized (unpaidBalance) {
            unpaidBalance.computeIfAbsent(destination, a -> new ArrayList<>()).add(payment);
        }
        raise("transfer.created", transfer, null);
        return ok(fingerprint, transfer);
    }

    private Stored createSession(Map<String, String> form, String fingerprint) {
        List<String> wrong = new ArrayList<>();
        expect(wrong, form, "mode", "payment");
        expect(wrong, form, "line_items[0][price_data][currency]", "gbp");
        expect(wrong, form, "line_items[0][quantity]", "1");
        String amount = form.getOrDefault("line_items[0][price_data][unit_amount]", "");
        if (!amount.matches("[1-9]\\d*")) {
            wrong.add("unit_amount must be a positive whole number of pence, was '" + amount + "'");
        }
        for (String needed : List.of("success_url", "cancel_url", "client_reference_id", "line_items[0][price_data][product_data][name]",
                "metadata[reference]", "metadata[household_id]", "payment_intent_data[metadata][reference]")) {
            if (form.getOrDefault(needed, "").isBlank()) {
                wrong.add(needed + " is missing");
            }
        }
        String reference = form.getOrDefault("metadata[reference]", "");
        if (!reference.equals(form.get("client_reference_id")) || !reference.equals(form.get("payment_intent_data[metadata][reference]"))) {
            wrong.add("client_reference_id, metadata[reference] and payment_intent_data[metadata][reference] must name the same payment");
        }
        for (String url : List.of("success_url", "cancel_url")) {
            if (!form.getOrDefault(url, "").matches("https?://[^/]+/.*")) {
                wrong.add(url + " must be an absolute http(s) address, was '" + form.get(url) + "'");
            }
        }
        if (!wrong.isEmpty()) {
            return refuse(fingerprint, "POST /v1/checkout/sessions", wrong);
        }
        String id = "cs_test_" + runId + sequence.incrementAndGet();
        var session = object("checkout.session", id);
        session.addProperty("mode", "payment");
        session.addProperty("status", "open");
        session.addProperty("payment_status", "unpaid");
        session.addProperty("amount_total", Long.parseLong(amount));
        session.addProperty("currency", "gbp");
        session.addProperty("client_reference_id", form.get("client_reference_id"));
        session.addProperty("success_url", form.get("success_url"));
        session.addProperty("cancel_url", form.get("cancel_url"));
        session.addProperty("customer_email", form.get("customer_email"));
        session.add("payment_intent", JsonNull.INSTANCE);
        session.addProperty("url", apiBase() + "/checkout/" + id);
        session.add("metadata", metadata(form));
        session.addProperty("_name", form.get("line_items[0][price_data][product_data][name]"));
        sessions.put(id, session);
        return ok(fingerprint, withoutPrivateFields(session));
    }

    private Stored createRefund(Map<String, String> form, String fingerprint) {
        String intent = form.getOrDefault("payment_intent", "");
        var session = sessions.values().stream()
                .filter(s -> s.get("payment_intent").isJsonPrimitive() && s.get("payment_intent").getAsString().equals(intent))
                .findFirst();
        List<String> wrong = new ArrayList<>();
        if (session.isEmpty()) {
            wrong.add("payment_intent '" + intent + "' was never paid");
        }
        if (form.getOrDefault("metadata[reference]", "").isBlank()) {
            wrong.add("metadata[reference] is missing, so the refund cannot be matched to its payment");
        } else if (session.isPresent() && !form.get("metadata[reference]").equals(session.get().get("client_reference_id").getAsString())) {
            wrong.add("metadata[reference] names another payment than the payment intent's");
        }
        String amount = form.getOrDefault("amount", "");
        if (!amount.matches("[1-9]\\d*")) {
            wrong.add("amount must be a positive whole number of pence, was '" + amount + "'");
        } else if (session.isPresent()) {
            long refunded = refunds.values().stream()
                    .filter(r -> r.get("payment_intent").getAsString().equals(intent))
                    .mapToLong(r -> r.get("amount").getAsLong()).sum();
            if (refunded + Long.parseLong(amount) > session.get().get("amount_total").getAsLong()) {
                return new Stored(fingerprint, 400, error("invalid_request_error", "charge_already_refunded",
                        "Refund amount is greater than the unrefunded amount on the charge."));
            }
        }
        if (!wrong.isEmpty()) {
            return refuse(fingerprint, "POST /v1/refunds", wrong);
        }
        var refund = object("refund", id("re"));
        refund.addProperty("amount", Long.parseLong(amount));
        refund.addProperty("currency", "gbp");
        refund.addProperty("payment_intent", intent);
        refund.addProperty("reason", form.get("reason"));
        refund.addProperty("status", "succeeded");
        refund.add("metadata", metadata(form));
        refunds.put(refund.get("id").getAsString(), refund);
        raise("refund.created", refund, null);
        return ok(fingerprint, refund);
    }

    private record Answer(int status, String body) {}

    private Answer read(String path, Map<String, String> query, @Nullable String account) {
        String[] parts = path.split("/");
        if (path.equals("/v1/transfers")) {
            String group = query.get("transfer_group");
            List<JsonObject> found;
            synchronized (transfers) {
                found = transfers.values().stream()
                        .filter(t -> group == null || group.equals(t.get("transfer_group").getAsString()))
                        .toList();
            }
            return new Answer(200, list("/v1/transfers", found));
        }
        if (parts.length == 4 && parts[2].equals("transfers") && transfers.containsKey(parts[3])) {
            return new Answer(200, GSON.toJson(transfers.get(parts[3])));
        }
        if (parts.length == 4 && parts[2].equals("payouts")) {
            var payout = payouts.get(parts[3]);
            if (payout != null && account != null && payoutTransactions.containsKey(parts[3])
                    && ownerOf(parts[3]).equals(account)) {
                return new Answer(200, GSON.toJson(payout));
            }
        }
        if (path.equals("/v1/balance_transactions") && account != null) {
            String payout = query.getOrDefault("payout", "");
            if (!query.getOrDefault("expand[0]", "").equals("data.source")) {
                violations.add("GET /v1/balance_transactions without expand[]=data.source: the transfers are not visible");
            }
            if (payoutTransactions.containsKey(payout) && ownerOf(payout).equals(account)) {
                return new Answer(200, list("/v1/balance_transactions", payoutTransactions.get(payout)));
            }
        }
        if (parts.length == 5 && parts[2].equals("checkout") && parts[3].equals("sessions") && sessions.containsKey(parts[4])) {
            return new Answer(200, GSON.toJson(withoutPrivateFields(sessions.get(parts[4]))));
        }
        return new Answer(404, error("invalid_request_error", "resource_missing", "No such object: " + path));
    }

    private String ownerOf(String payoutId) {
        return payoutTransactions.get(payoutId).stream()
                .map(t -> t.getAsJsonObject("source").get("source_transfer").getAsString())
                .map(transfer -> transfers.get(transfer).get("destination").getAsString())
                .findFirst().orElse("");
    }

    // ---- Checkout (the page the parent pays on) --------------------------------------------------------------

    @Nullable JsonObject openSession(String id) {
        var session = sessions.get(id);
        return session != null && session.get("status").getAsString().equals("open") ? session : null;
    }

    /** The parent paid on the Checkout page: the session completes and a payment intent exists. */
    String completeSession(String id) {
        var session = sessions.get(id);
        synchronized (session) {
            if (session.get("status").getAsString().equals("open")) {
                session.addProperty("status", "complete");
                session.addProperty("payment_status", "paid");
                session.addProperty("payment_intent", id("pi"));
                raise("checkout.session.completed", withoutPrivateFields(session), null);
            }
        }
        return session.get("success_url").getAsString().replace("{CHECKOUT_SESSION_ID}", id);
    }

    /** Stripe's 24 hours are up for this session: it expires unpaid and raises checkout.session.expired. */
    public void expireSession(String id) {
        var session = sessions.get(id);
        synchronized (session) {
            if (session.get("status").getAsString().equals("open")) {
                session.addProperty("status", "expired");
                session.addProperty("url", (String) null);
                raise("checkout.session.expired", withoutPrivateFields(session), null);
            }
        }
    }

    /** The sessions made, newest last. */
    public List<JsonObject> checkoutSessions() {
        return sessions.values().stream().map(FakeStripe::withoutPrivateFields)
                .sorted(java.util.Comparator.comparing(s -> s.get("id").getAsString())).toList();
    }

    String cancelUrl(String id) {
        return sessions.get(id).get("cancel_url").getAsString();
    }

    // ---- Events -------------------------------------------------------------------------------------------------

    private void raise(String type, JsonObject about, @Nullable String connectedAccount) {
        var event = object("event", id("evt"));
        event.addProperty("api_version", Stripe.API_VERSION);
        event.addProperty("type", type);
        if (connectedAccount != null) {
            event.addProperty("account", connectedAccount);
        }
        event.addProperty("pending_webhooks", 1);
        var data = new JsonObject();
        data.add("object", about.deepCopy());
        event.add("data", data);
        String payload = GSON.toJson(event);
        var signed = new SignedEvent(event.get("id").getAsString(), type, payload, sign(payload, Instant.now().getEpochSecond()));
        URI target = webhookTarget;
        if (holdEvents || target == null) {
            heldEvents.add(signed);
            return;
        }
        threads.submit(() -> send(target, signed));
    }

    /** A Stripe-Signature header for this body at this time, as Stripe computes it. */
    public String sign(String payload, long epochSecond) {
        try {
            return Webhook.Signature.generateSignatureHeader(payload, webhookSecret, epochSecond);
        } catch (Exception e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private void send(URI target, SignedEvent event) {
        // Like Stripe: try again a few times while the endpoint does not answer 2xx.
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                var response = webhookClient.send(HttpRequest.newBuilder(target)
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
            sleep(Duration.ofMillis(200L * attempt));
        }
        log.warn("Fake Stripe gave up delivering {} {} to {}", event.type(), event.id(), target);
    }

    // ---- JSON and forms -----------------------------------------------------------------------------------------

    private String id(String prefix) {
        return prefix + "_" + runId + String.format("%010d", sequence.incrementAndGet());
    }

    private static JsonObject object(String type, String id) {
        var json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("object", type);
        json.addProperty("created", Instant.now().getEpochSecond());
        json.addProperty("livemode", false);
        return json;
    }

    private static JsonObject withoutPrivateFields(JsonObject json) {
        var copy = json.deepCopy();
        new HashSet<>(copy.keySet()).stream().filter(k -> k.startsWith("_")).forEach(copy::remove);
        return copy;
    }

    private static JsonObject metadata(Map<String, String> form) {
        var metadata = new JsonObject();
        form.forEach((key, value) -> {
            if (key.startsWith("metadata[") && key.endsWith("]")) {
                metadata.addProperty(key.substring(9, key.length() - 1), value);
            }
        });
        return metadata;
    }

    private static String list(String url, List<JsonObject> items) {
        var list = new JsonObject();
        list.addProperty("object", "list");
        list.addProperty("url", url);
        list.addProperty("has_more", false);
        var data = new JsonArray();
        items.forEach(item -> data.add(withoutPrivateFields(item)));
        list.add("data", data);
        return GSON.toJson(list);
    }

    private void expect(List<String> wrong, Map<String, String> form, String field, String value) {
        if (!value.equals(form.get(field))) {
            wrong.add(field + " must be '" + value + "', was '" + form.get(field) + "'");
        }
    }

    private Stored refuse(String fingerprint, String request, List<String> wrong) {
        wrong.forEach(problem -> violations.add(request + ": " + problem));
        return new Stored(fingerprint, 400, error("invalid_request_error", "parameter_invalid", String.join("; ", wrong)));
    }

    private static Stored ok(String fingerprint, JsonObject body) {
        return new Stored(fingerprint, 200, GSON.toJson(body));
    }

    private static String error(String type, @Nullable String code, String message) {
        var error = new JsonObject();
        error.addProperty("type", type);
        error.addProperty("code", code);
        error.addProperty("message", message);
        var wrapper = new JsonObject();
        wrapper.add("error", error);
        return GSON.toJson(wrapper);
    }

    static Map<String, String> decodeForm(@Nullable String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return form;
        }
        Map<String, Integer> arrayIndexes = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (key.endsWith("[]")) { // expand[]=a&expand[]=b: numbered as Stripe reads them
                String base = key.substring(0, key.length() - 2);
                int index = arrayIndexes.merge(base, 1, Integer::sum) - 1;
                key = base + "[" + index + "]";
            }
            form.put(key, value);
        }
        return form;
    }

    static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("<") ? "text/html; charset=utf-8" : "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_fake");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
