package org.travelassist.payments.stripe.local;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What goes over the wire as Stripe sends it: form-encoded requests in, JSON objects, lists and errors out. */
final class Wire {

    static final Gson GSON = new Gson();

    private Wire() {}

    /** A new Stripe object: id, type, created, test mode. */
    static JsonObject object(String type, String id, Instant created) {
        var json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("object", type);
        json.addProperty("created", created.getEpochSecond());
        json.addProperty("livemode", false);
        return json;
    }

    /** The object without the fake's own bookkeeping (fields starting "_"). */
    static JsonObject withoutPrivateFields(JsonObject json) {
        var copy = json.deepCopy();
        new HashSet<>(copy.keySet()).stream().filter(k -> k.startsWith("_")).forEach(copy::remove);
        return copy;
    }

    static JsonObject metadata(Map<String, String> form) {
        var metadata = new JsonObject();
        form.forEach((key, value) -> {
            if (key.startsWith("metadata[") && key.endsWith("]")) {
                metadata.addProperty(key.substring(9, key.length() - 1), value);
            }
        });
        return metadata;
    }

    static String list(String url, List<JsonObject> items) {
        var list = new JsonObject();
        list.addProperty("object", "list");
        list.addProperty("url", url);
        list.addProperty("has_more", false);
        var data = new JsonArray();
        items.forEach(item -> data.add(withoutPrivateFields(item)));
        list.add("data", data);
        return GSON.toJson(list);
    }

    static String error(String type, @Nullable String code, String message) {
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

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
