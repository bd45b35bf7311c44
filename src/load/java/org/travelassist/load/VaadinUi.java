package org.travelassist.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What Vaadin Flow's client keeps for one browser tab, and the messages it sends: the UI id, the CSRF token
 * ({@code Vaadin-Security-Key}), the sync and client ids, and the element tree the server's changes build, so that a
 * scenario finds a button by its id or text rather than by a recorded node number. One per virtual user, used by one
 * thread at a time (Gatling runs a user's steps in order).
 *
 * <p>The protocol, as Flow 25's client speaks it (recorded from Chromium against this portal): the page's HTML, then
 * {@code GET ?v-r=init&location=...} whose {@code appConfig.uidl} carries the token, then
 * {@code POST ?v-r=uidl&v-uiId=N} with {@code {"csrfToken","rpc":[...],"syncId","clientId"}}; the first RPC is the
 * {@code ui-navigate} event on node 1, which the router answers with the view. A field is typed as an
 * {@code mSync} of its {@code value} property and a {@code change} event; a click is a {@code click} event.
 */
public final class VaadinUi {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Flow's element tree features (NodeFeatureRegistry): which part of a node a change is about. */
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;
    private static final String ANSWERED = "ok";

    static final class Node {
        final int id;
        String tag = "";
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        /** Child node lists by feature: the element's children, and its virtual children (the view in the UI's body). */
        final Map<Integer, List<Integer>> childLists = new java.util.TreeMap<>();
        final List<String> classes = new ArrayList<>();
        String text;

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            return attributes.get(name);
        }
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();
    /** Why the last message could not be built (an element the step needs is not on the page), for its check to say. */
    private String notBuilt;
    private int uiId = -1;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private String route = "";
    /** What a step noted before its round trip (the heading it left), for its check to compare. */
    private String mark = "";
    private int historyIndex;

    /** The address of the init request for a page, with the browser details Flow's client sends. */
    public String initPath(String route) {
        this.route = route;
        return "/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon&v-wn=load";
    }

    public String uidlPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    public String heartbeatPath() {
        return "/?v-r=heartbeat&v-uiId=" + uiId;
    }

    /** Takes the init answer: a new UI (a page load starts afresh), its token and first changes. */
    public String acceptInit(String body) {
        try {
            JsonNode config = JSON.readTree(body).path("appConfig");
            if (config.isMissingNode()) {
                return "no appConfig in the init answer: " + excerpt(body);
            }
            nodes.clear();
            uiId = config.path("v-uiId").asInt();
            JsonNode uidl = config.path("uidl");
            csrfToken = uidl.path("Vaadin-Security-Key").asText(null);
            if (csrfToken == null) {
                return "no Vaadin-Security-Key in the init answer";
            }
            historyIndex = 0;
            return apply(uidl);
        } catch (Exception e) {
            return "unreadable init answer (" + e.getMessage() + "): " + excerpt(body);
        }
    }

    /**
     * Builds a message, or, when the page lacks what the step needs, an empty one, so that the request is still sent
     * and its check fails with the reason: Gatling counts a request it could not build in no statistic.
     */
    public String build(java.util.function.Function<VaadinUi, String> step) {
        notBuilt = null;
        try {
            return step.apply(this);
        } catch (RuntimeException e) {
            notBuilt = e.getMessage();
            return message();
        }
    }

    /** Takes a UIDL answer; "ok", or what was wrong with it (the check that fails the request says it). */
    public String accept(String body) {
        if (notBuilt != null) {
            String reason = notBuilt;
            notBuilt = null;
            accept(body);
            return reason;
        }
        try {
            String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
            JsonNode message = JSON.readTree(json);
            if (message.isArray()) {
                message = message.get(0);
            }
            return apply(message);
        } catch (Exception e) {
            return "unreadable UIDL answer (" + e.getMessage() + "): " + excerpt(body);
        }
    }

    private String apply(JsonNode message) {
        JsonNode meta = message.path("meta");
        if (meta.has("appError")) {
            return "application error: " + meta.path("appError");
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "session expired";
        }
        if (meta.path("resynchronize").asBoolean(false)) {
            return "the server asked to resynchronize (a lost or repeated message)";
        }
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
        for (JsonNode change : message.path("changes")) {
            applyChange(change);
        }
        String heading = headingText();
        if (heading.startsWith("Sorry, there is a problem")) {
            return "the portal's error page: " + heading;
        }
        return ANSWERED;
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asText();
        if ("detach".equals(type)) {
            nodes.remove(id);
            return;
        }
        Node node = nodes.computeIfAbsent(id, Node::new);
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "put" -> put(node, feature, change.path("key").asText(), change.path("value"));
            case "remove" -> {
                node.properties.remove(change.path("key").asText());
                if (feature == ATTRIBUTES) {
                    node.attributes.remove(change.path("key").asText());
                }
            }
            case "clear" -> {
                if (node.childLists.containsKey(feature)) {
                    node.childLists.get(feature).clear();
                } else if (feature == CLASS_LIST) {
                    node.classes.clear();
                }
            }
            case "splice" -> splice(node, feature, change);
            default -> { } // attach, and changes this client need not follow
        }
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asText();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value.asText());
            case TEXT -> node.text = value.asText();
            default -> { }
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        if (feature == CHILDREN || change.has("addNodes")) {
            List<Integer> children = node.childLists.computeIfAbsent(feature, f -> new ArrayList<>());
            for (int i = 0; i < removed && index < children.size(); i++) {
                children.remove(index);
            }
            int at = Math.min(index, children.size());
            for (JsonNode added : change.path("addNodes")) {
                children.add(at++, added.asInt());
            }
        } else if (feature == CLASS_LIST) {
            for (int i = 0; i < removed && index < node.classes.size(); i++) {
                node.classes.remove(index);
            }
            int at = Math.min(index, node.classes.size());
            for (JsonNode added : change.path("add")) {
                node.classes.add(at++, added.asText());
            }
        }
    }

    // ---- finding elements, as a person reads the page

    /** The element with this id in the page now. */
    public Optional<Node> byId(String id) {
        return attached().filter(node -> id.equals(node.attribute("id"))).findFirst();
    }

    public Node require(String id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("no element #" + id + " on " + route + " (h1: " + headingText() + ")"));
    }

    /** The first element with this tag whose text contains the given text. */
    public Optional<Node> byTagAndText(String tag, String text) {
        return attached().filter(node -> tag.equals(node.tag) && text(node).contains(text)).findFirst();
    }

    /** Elements with this tag, in the page's order. */
    public List<Node> all(String tag) {
        return attached().filter(node -> tag.equals(node.tag)).toList();
    }

    public List<Node> matching(Predicate<Node> test) {
        return attached().filter(test).toList();
    }

    /** Nodes reachable from the UI's body element, in document order. */
    private java.util.stream.Stream<Node> attached() {
        var found = new ArrayList<Node>();
        collect(1, found, 0);
        return found.stream();
    }

    private void collect(int id, List<Node> found, int depth) {
        Node node = nodes.get(id);
        if (node == null || depth > 200) {
            return;
        }
        found.add(node);
        for (List<Integer> children : node.childLists.values()) {
            for (int child : children) {
                collect(child, found, depth + 1);
            }
        }
    }

    /** The text a person reads in this element. */
    public String text(Node node) {
        var text = new StringBuilder();
        appendText(node, text, 0);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private void appendText(Node node, StringBuilder to, int depth) {
        if (node.text != null) {
            to.append(node.text).append(' ');
        }
        JsonNode label = node.properties.get("label");
        if (label != null && label.isTextual()) {
            to.append(label.asText()).append(' ');
        }
        if (depth > 200) {
            return;
        }
        for (List<Integer> children : node.childLists.values()) {
            for (int child : children) {
                Node childNode = nodes.get(child);
                if (childNode != null) {
                    appendText(childNode, to, depth + 1);
                }
            }
        }
    }

    /** The address of the first link whose href passes the test (a link the person would click). */
    public String href(Predicate<String> test) {
        return attached().filter(node -> "a".equals(node.tag)).map(node -> node.attribute("href"))
                .filter(href -> href != null && test.test(href)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no such link on " + route + " (h1: " + headingText() + ")"));
    }

    /** Whether a table row mentions {@code text}. */
    public boolean hasRow(String text) {
        return attached().anyMatch(node -> "tr".equals(node.tag) && text(node).contains(text));
    }

    /** The address of a link in the table row that mentions {@code text} (a queue's row for a child). */
    public String hrefInRow(String text, Predicate<String> test) {
        Node row = attached().filter(node -> "tr".equals(node.tag) && text(node).contains(text)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no row for " + text + " on " + route));
        return within(row, node -> "a".equals(node.tag) && node.attribute("href") != null && test.test(node.attribute("href")))
                .map(node -> node.attribute("href")).orElseThrow(() -> new IllegalStateException("no link in the row for " + text));
    }

    public String headingText() {
        return attached().filter(node -> "h1".equals(node.tag)).findFirst().map(this::text).orElse("");
    }

    public String pageText() {
        Node body = nodes.get(1);
        return body == null ? "" : text(body);
    }

    public void mark(String noted) {
        mark = noted;
    }

    public String mark() {
        return mark;
    }

    /** The value property of a field, empty when it has none. */
    public static String value(Node node) {
        JsonNode value = node.properties.get("value");
        return value == null || value.isNull() ? "" : value.isTextual() ? value.asText() : value.toString();
    }

    public int nodeCount() {
        return nodes.size();
    }

    // ---- messages to the server

    /** The first message after init: the router opens the route the page was loaded for. */
    public String navigateHere() {
        return message(navigation("/" + route, ""));
    }

    /** A click on a link inside the portal: the client's router asks the server to navigate. */
    public String navigate(String to) {
        route = to;
        return message(navigation(to, "client"));
    }

    private ObjectNode navigation(String to, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", to);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex++);
        data.put("trigger", trigger);
        return event(1, "ui-navigate", data);
    }

    /** Typing into a text field (or area) and leaving it: the value property, then the change event. */
    public String type(Node field, String value) {
        return message(valueSync(field, value), event(field.id, "change", JSON.createObjectNode()));
    }

    public String type(String id, String value) {
        return type(require(id), value);
    }

    /** Several fields typed, then a button clicked, in one round trip, as a browser sends them when the click comes first. */
    public String typeAndClick(Map<String, String> fields, String buttonId) {
        var rpcs = new ArrayList<ObjectNode>();
        fields.forEach((id, value) -> {
            Node field = require(id);
            rpcs.add(valueSync(field, value));
            rpcs.add(event(field.id, "change", JSON.createObjectNode()));
        });
        rpcs.add(click(require(buttonId)));
        return message(rpcs.toArray(ObjectNode[]::new));
    }

    /** A property a web component synchronises (a radio group's or checkbox's value), then the event that says so. */
    public String sync(Node node, String property, JsonNode value, String event) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", PROPERTIES);
        sync.put("property", property);
        sync.set("value", value);
        return message(sync, event(node.id, event, JSON.createObjectNode()));
    }

    /** Several steps in one round trip, as the browser sends what the person did before a click. */
    public Batch batch() {
        return new Batch();
    }

    public final class Batch {

        private final List<ObjectNode> rpcs = new ArrayList<>();

        /** A text field or area typed in; {@code event} is what its value change mode listens for. */
        public Batch type(String id, String value, String event) {
            Node field = require(id);
            rpcs.add(valueSync(field, value));
            rpcs.add(event(field.id, event, JSON.createObjectNode()));
            return this;
        }

        /** A radio button chosen by its label: the group's value is the button's key. */
        public Batch choose(String groupId, String label) {
            Node group = require(groupId);
            Node radio = within(group, node -> "vaadin-radio-button".equals(node.tag) && text(node).equals(label))
                    .orElseThrow(() -> new IllegalStateException("no option \"" + label + "\" in #" + groupId));
            return syncValue(group, radio.properties.get("value"));
        }

        /** Boxes of a checkbox group ticked by their labels' beginnings: the group's value is their keys. */
        public Batch tick(String groupId, String... labels) {
            Node group = require(groupId);
            ArrayNode keys = JSON.createArrayNode();
            for (String label : labels) {
                Node box = within(group, node -> "vaadin-checkbox".equals(node.tag) && text(node).startsWith(label))
                        .orElseThrow(() -> new IllegalStateException("no box \"" + label + "\" in #" + groupId));
                keys.add(box.properties.get("value"));
            }
            return syncValue(group, keys);
        }

        /** An item of a select chosen by the beginning of its label: the select's value is the item's key. */
        public Batch select(String selectId, String label) {
            Node select = require(selectId);
            Node item = within(select, node -> "vaadin-select-item".equals(node.tag) && text(node).startsWith(label))
                    .orElseThrow(() -> new IllegalStateException("no item \"" + label + "\" in #" + selectId));
            return syncValue(select, item.properties.get("value"));
        }

        /** A single checkbox ticked. */
        public Batch check(String id) {
            Node box = require(id);
            ObjectNode sync = JSON.createObjectNode();
            sync.put("type", "mSync");
            sync.put("node", box.id);
            sync.put("feature", PROPERTIES);
            sync.put("property", "checked");
            sync.put("value", true);
            rpcs.add(sync);
            rpcs.add(event(box.id, "checked-changed", JSON.createObjectNode()));
            return this;
        }

        private Batch syncValue(Node node, JsonNode value) {
            ObjectNode sync = JSON.createObjectNode();
            sync.put("type", "mSync");
            sync.put("node", node.id);
            sync.put("feature", PROPERTIES);
            sync.put("property", "value");
            sync.set("value", value);
            rpcs.add(sync);
            rpcs.add(event(node.id, "value-changed", JSON.createObjectNode()));
            return this;
        }

        public Batch click(String id) {
            rpcs.add(VaadinUi.click(require(id)));
            return this;
        }

        public String send() {
            return message(rpcs.toArray(ObjectNode[]::new));
        }
    }

    /** The first node under {@code root} (itself included) that passes the test. */
    public Optional<Node> within(Node root, Predicate<Node> test) {
        var found = new ArrayList<Node>();
        collect(root.id, found, 0);
        return found.stream().filter(test).findFirst();
    }

    public String click(String id) {
        return message(click(require(id)));
    }

    public String clickNode(Node node) {
        return message(click(node));
    }

    private ObjectNode valueSync(Node field, String value) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", field.id);
        sync.put("feature", PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        return sync;
    }

    private static ObjectNode click(Node node) {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 60);
        data.put("event.clientY", 400);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 500);
        data.put("event.screenX", 70);
        return event(node.id, "click", data);
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    /** Whether a page's UI was started here (its init answered): a failed sign-in or first page leaves none. */
    public boolean started() {
        return csrfToken != null;
    }

    private String message(ObjectNode... rpcs) {
        if (csrfToken == null) {
            throw new IllegalStateException("no UI yet: open a page first");
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode rpc = message.putArray("rpc");
        for (ObjectNode call : rpcs) {
            rpc.add(call);
        }
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    private static String excerpt(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
