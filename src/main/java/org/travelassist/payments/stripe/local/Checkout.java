package org.travelassist.payments.stripe.local;

import static org.travelassist.payments.stripe.local.Answers.expect;
import static org.travelassist.payments.stripe.local.Answers.ok;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.travelassist.payments.stripe.local.Answers.Answer;
import org.travelassist.payments.stripe.local.Answers.Stored;

/**
 * The fake's Checkout: sessions for a parent's card payment (checked as Stripe would, and more: the amount in whole
 * pence, gbp, the payment's reference in the metadata, absolute return addresses), the hosted page's steps
 * ({@link CheckoutPage}: pay, cancel), expiry, and refunds of what was paid.
 */
final class Checkout {

    private final Answers answers;
    private final Events events;
    private final Supplier<String> apiBase;
    private final Map<String, JsonObject> sessions = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> refunds = new ConcurrentHashMap<>();

    Checkout(Answers answers, Events events, Supplier<String> apiBase) {
        this.answers = answers;
        this.events = events;
        this.apiBase = apiBase;
    }

    @Nullable JsonObject session(String id) {
        var session = sessions.get(id);
        return session == null ? null : session.deepCopy();
    }

    List<JsonObject> refunds() {
        return refunds.values().stream().map(JsonObject::deepCopy).toList();
    }

    /** A GET this part answers; null when the path is not its. */
    @Nullable Answer read(String path) {
        String[] parts = path.split("/");
        if (parts.length == 5 && parts[2].equals("checkout") && parts[3].equals("sessions") && sessions.containsKey(parts[4])) {
            return new Answer(200, Wire.GSON.toJson(Wire.withoutPrivateFields(sessions.get(parts[4]))));
        }
        return null;
    }

    Stored createSession(Map<String, String> form, String fingerprint) {
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
            return answers.refuse(fingerprint, "POST /v1/checkout/sessions", wrong);
        }
        String id = answers.id("cs_test");
        var session = answers.object("checkout.session", id);
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
        session.addProperty("url", apiBase.get() + "/checkout/" + id);
        session.add("metadata", Wire.metadata(form));
        session.addProperty("_name", form.get("line_items[0][price_data][product_data][name]"));
        sessions.put(id, session);
        return ok(fingerprint, Wire.withoutPrivateFields(session));
    }

    Stored createRefund(Map<String, String> form, String fingerprint) {
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
                return new Stored(fingerprint, 400, Wire.error("invalid_request_error", "charge_already_refunded",
                        "Refund amount is greater than the unrefunded amount on the charge."));
            }
        }
        if (!wrong.isEmpty()) {
            return answers.refuse(fingerprint, "POST /v1/refunds", wrong);
        }
        var refund = answers.object("refund", answers.id("re"));
        refund.addProperty("amount", Long.parseLong(amount));
        refund.addProperty("currency", "gbp");
        refund.addProperty("payment_intent", intent);
        refund.addProperty("reason", form.get("reason"));
        refund.addProperty("status", "succeeded");
        refund.add("metadata", Wire.metadata(form));
        refunds.put(refund.get("id").getAsString(), refund);
        events.raise("refund.created", refund, null);
        return ok(fingerprint, refund);
    }

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
                session.addProperty("payment_intent", answers.id("pi"));
                events.raise("checkout.session.completed", Wire.withoutPrivateFields(session), null);
            }
        }
        return session.get("success_url").getAsString().replace("{CHECKOUT_SESSION_ID}", id);
    }

    /** Stripe's 24 hours are up for this session: it expires unpaid and raises checkout.session.expired. */
    void expireSession(String id) {
        var session = sessions.get(id);
        synchronized (session) {
            if (session.get("status").getAsString().equals("open")) {
                session.addProperty("status", "expired");
                session.addProperty("url", (String) null);
                events.raise("checkout.session.expired", Wire.withoutPrivateFields(session), null);
            }
        }
    }

    /** The sessions made, newest last. */
    List<JsonObject> sessions() {
        return sessions.values().stream().map(Wire::withoutPrivateFields)
                .sorted(java.util.Comparator.comparing(s -> s.get("id").getAsString())).toList();
    }

    String cancelUrl(String id) {
        return sessions.get(id).get("cancel_url").getAsString();
    }
}
