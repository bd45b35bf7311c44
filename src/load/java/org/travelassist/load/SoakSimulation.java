package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A long run at a steady load: {@code load.sessions} (200) sessions, arriving over {@code load.ramp-minutes} (5), then
 * {@code load.soak-minutes} (30) more: three in four are parents who sign in, claim once and keep browsing; one in four
 * run the checker again and again in their tab. The live heap after a full GC is taken a minute after all have
 * arrived and again a minute before the end, with the same sessions open: the second must be within 5% of the first
 * (nothing kept per request), and no request may fail. A user whose request failed starts again (signs in again, or
 * opens the checker again), so that one failure is counted once rather than on every page after it.
 * {@code ./mvnw -B -ntp verify -Pload -Dload.simulation=SoakSimulation -Dload.soak-minutes=30}
 */
public class SoakSimulation extends PortalSimulation {

    private final int sessions = LoadSettings.number("load.sessions", 200);
    private final Duration soak = Duration.ofMinutes(LoadSettings.number("load.soak-minutes", 30));
    // Arrivals spread over minutes, not a stampede of sign-ins; the soak's minutes are counted after them.
    private final Duration ramp = Duration.ofMinutes(LoadSettings.number("load.ramp-minutes", 5));
    private volatile HeapHistogram first;
    private volatile HeapHistogram last;
    private Thread measuring;

    {
        int checkers = sessions / 4;
        var parents = scenario("Parents, all along")
                .exec(feed(ScenarioSimulation.numbered("account", LoadAccounts::parent)))
                .exec(Scenarios.parent())
                // A parent whose last request failed (counted as failed: a time-out, a sign-in that did not finish)
                // reloads and signs in again, as a person would, rather than fail every page after it for the rest of
                // the soak (a timed-out UIDL request leaves the tab out of step, so each later one is refused).
                .exec(untilTheEnd(
                        doIf(session -> !healthy(session)).then(exec(session -> session.markAsSucceeded()).exec(Scenarios.familySignsIn()))
                                .exec(Vaadin.heartbeatWhenDue()).exec(Scenarios.keepBrowsing())));
        var checking = scenario("The checker, again and again")
                .exec(Scenarios.checker())
                .exec(untilTheEnd(exec(pause(Duration.ofSeconds(20), Duration.ofSeconds(40))).exec(Vaadin.heartbeatWhenDue())
                        .doIfOrElse(session -> healthy(session)).then(Scenarios.checkAgain())
                        .orElse(exec(session -> session.markAsSucceeded()).exec(Scenarios.checker()))));
        setUp(parents.injectOpen(rampUsers(sessions - checkers).during(ramp)), checking.injectOpen(rampUsers(checkers).during(ramp)))
                .protocols(protocol())
                // Gatling counts this from before the portal starts (before() blocks until it is ready), so it must cover the
                // start too; the users themselves stop at the planned end, counted from when the portal was ready.
                .maxDuration(Portal.startPatience().plus(ramp).plus(soak).plusMinutes(10))
                .assertions(global().failedRequests().count().is(0L));
    }

    /**
     * Softly reachable objects cleared at every collection, so that each histogram counts what is held. Otherwise the
     * first counts caches the JVM drops some minutes later when they go unused (reflection data, Kotlin metadata): in
     * the 21:10 soak they made the heap fall 10.7% (153.2 to 136.8 MB), the largest falls all softly held.
     */
    @Override
    protected List<String> portalOptions() {
        return List.of("-XX:SoftRefLRUPolicyMSPerMB=0");
    }

    /** A tab whose UI started and whose last request succeeded; otherwise the user starts again (the failure counted). */
    private static boolean healthy(Session session) {
        return session.contains(Vaadin.UI) && Vaadin.ui(session).started() && !session.isFailed();
    }


    @Override
    protected List<String> loadData() {
        return List.of("--travelassist.load.parents=" + sessions);
    }

    @Override
    protected void started() {
        end = Instant.now().plus(ramp).plus(soak);
        measuring = Thread.ofPlatform().daemon().name("soak-heap").start(() -> {
            Portal.sleep(ramp.plusMinutes(1));
            first = portal.liveHeap("soak-start");
            note("soak start: live heap after GC %,d bytes, load average %.2f".formatted(first.totalBytes(), Portal.loadAverage()));
            Portal.sleep(Duration.between(Instant.now(), end.minus(Duration.ofMinutes(1))));
            last = portal.liveHeap("soak-end");
            note("soak end: live heap after GC %,d bytes (%+.1f%%), load average %.2f".formatted(last.totalBytes(),
                    100.0 * (last.totalBytes() - first.totalBytes()) / first.totalBytes(), Portal.loadAverage()));
        });
    }

    @Override
    protected void finished() {
        note(Database.claimsSummary(portal));
        try {
            measuring.join(Duration.ofMinutes(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (first == null || last == null) {
            // A soak without both histograms has not shown what it is for: say so rather than pass.
            throw new AssertionError("The soak ended before both heap histograms were taken (start %s, end %s)"
                    .formatted(first != null, last != null));
        }
        for (var row : last.growthSince(first, 15)) {
            note("  grew %,d bytes (%,d instances) %s".formatted(row.bytes(), row.instances(), row.className()));
        }
        if (Math.abs(last.totalBytes() - first.totalBytes()) > first.totalBytes() / 20) {
            throw new AssertionError("The heap after GC moved more than 5% over the soak");
        }
    }
}
