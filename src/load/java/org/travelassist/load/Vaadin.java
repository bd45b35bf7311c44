package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Gatling steps that speak Vaadin Flow through {@link VaadinUi}: open a page (HTML, init, the router's first
 * navigation), navigate by a link, type, click. Every answer is checked: HTTP 200, a readable UIDL message, no
 * application error, no resynchronisation, and not the portal's "Sorry, there is a problem" page; a step whose
 * element is missing fails its request. Request names say the scenario and the step, so the report shows where the
 * time goes.
 */
public final class Vaadin {

    static final String UI = "vaadinUi";

    private Vaadin() {}

    public static VaadinUi ui(Session session) {
        return (VaadinUi) session.get(UI);
    }

    /** A new browser tab's state; cookies are Gatling's, per virtual user. */
    public static ChainBuilder newTab() {
        return exec(session -> session.set(UI, new VaadinUi()));
    }

    /** Loads a page as a browser does when an address is typed: a new UI. */
    public static ChainBuilder open(String name, String route) {
        return exec(http(name + ": page").get("/" + route).check(status().is(200)))
                .exec(init(name, session -> route));
    }

    /** The init request and the router's first navigation, for the page the last request ended on. */
    static ChainBuilder init(String name, Function<Session, String> route) {
        return exec(http(name + ": init").get(session -> ui(session).initPath(route.apply(session)))
                        .check(status().is(200),
                                bodyString().transformWithSession((body, session) -> ui(session).acceptInit(body)).is("ok")))
                .exec(uidl(name + ": view", VaadinUi::navigateHere));
    }

    /** Follows redirects (sign-in) to a Vaadin page, then starts its UI on whatever route it ended at. */
    public static ChainBuilder openFollowing(String name, String path) {
        return exec(http(name + ": page").get(path).check(status().is(200), currentLocation().saveAs("landedAt")))
                .exec(init(name, session -> routeOf(session.getString("landedAt"))));
    }

    static String routeOf(String url) {
        String path = URI.create(url).getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** A round trip: the message the step builds from the page as it is now, and the answer applied to it. */
    public static ChainBuilder uidl(String name, Function<VaadinUi, String> message) {
        return uidl(name, message, "an answer", ui -> true);
    }

    /**
     * A round trip whose answer must leave the page saying what {@code expected} tests (a heading, an element), or
     * the request counts as failed with what the page said instead.
     */
    public static ChainBuilder uidl(String name, Function<VaadinUi, String> message, String what, Predicate<VaadinUi> expected) {
        return exec(http(name).post(session -> ui(session).uidlPath())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> ui(session).build(message)))
                .check(status().is(200), bodyString().transformWithSession((body, session) -> {
                    VaadinUi ui = ui(session);
                    String answer = ui.accept(body);
                    if (!"ok".equals(answer)) {
                        return answer;
                    }
                    return expected.test(ui) ? "ok" : "expected " + what + ", but the page's heading is \"" + ui.headingText() + "\"";
                }).is("ok")));
    }

    public static ChainBuilder navigate(String name, String route) {
        return uidl(name, ui -> ui.navigate(route));
    }

    public static ChainBuilder click(String name, String id) {
        return uidl(name, ui -> ui.click(id));
    }

    /**
     * Signs in through the local identity provider, as a person does: the portal's authorization request (PKCE),
     * the provider's page, the account's form posted back to it, the code returned to the portal, and the page the
     * portal lands on. The session attribute {@code account} is the provider's subject; {@code claims} makes the
     * token's claims from the provider's address (One Login's trustmark is under it).
     *
     * @param provider {@code families} (One Login) or {@code staff} (Entra ID)
     */
    public static ChainBuilder signIn(String name, String provider, java.util.function.BiFunction<String, String, String> claims) {
        return exec(http(name + ": sign-in page").get("/oauth2/authorization/" + provider)
                        .check(status().is(200), currentLocation().saveAs("signInPage")))
                .exec(http(name + ": choose account").post("#{signInPage}")
                        .formParam("username", "#{account}")
                        .formParam("claims", session -> claims.apply(session.getString("account"), providerUrl(session.getString("signInPage"))))
                        .check(status().is(200), currentLocation().saveAs("landedAt")))
                .exec(newTab())
                .exec(init(name, session -> routeOf(session.getString("landedAt"))));
    }

    private static String providerUrl(String page) {
        URI uri = URI.create(page);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** A family's token claims, as One Login's: an email address, two factors ({@code vot}) under the trustmark. */
    public static String familyClaims(String account, String providerUrl) {
        return "{\"name\":\"Parent " + account + "\",\"email\":\"" + account + "@example.com\",\"email_verified\":true,"
                + "\"vot\":\"Cl.Cm\",\"vtm\":\"" + providerUrl + "/families/trustmark\"}";
    }

    /** A member of staff's token claims, as Entra ID's: a name, an email address and an app role. */
    public static java.util.function.BiFunction<String, String, String> staffClaims(String appRole) {
        return (account, providerUrl) -> "{\"name\":\"Staff " + account + "\",\"email\":\"" + account
                + "@rutland.example.gov.uk\",\"email_verified\":true,\"roles\":[\"" + appRole + "\"]}";
    }

    /** Keeps an open tab alive, as the browser's heartbeat does every 5 minutes. */
    public static ChainBuilder heartbeat() {
        return exec(http("heartbeat").post(session -> ui(session).heartbeatPath())
                .header("Content-Type", "text/plain;charset=UTF-8").body(StringBody("")).check(status().is(200)))
                .exec(session -> session.set(HEARTBEAT_AT, System.currentTimeMillis()));
    }

    /**
     * The heartbeat, once 4 minutes have passed since the tab's last one. Vaadin closes a UI that has missed three
     * (15 minutes), and a UIDL request does not count as one, so a tab open longer than that needs them as Chromium's has.
     */
    public static ChainBuilder heartbeatWhenDue() {
        return doIf(session -> session.contains(UI) && ui(session).started()
                && System.currentTimeMillis() - (session.contains(HEARTBEAT_AT) ? session.getLong(HEARTBEAT_AT) : 0L) >= HEARTBEAT_EVERY.toMillis())
                .then(heartbeat());
    }

    private static final String HEARTBEAT_AT = "heartbeatAt";
    private static final java.time.Duration HEARTBEAT_EVERY = java.time.Duration.ofMinutes(4);

}
