package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Concurrent parents on one node: {@code load.sessions} (default 1,000) parents arrive over {@code load.ramp-seconds}
 * (300); each signs in, opens the tracker and the payments page, claims December's mileage, then keeps browsing
 * (payments, claims, the tracker, 20 to 40 s apart) until {@code load.hold-seconds} (300) after the last arrived, so
 * that every session is open at once. Targets: round-trip p95 under 300 ms, no failed request.
 * {@code ./mvnw -B -ntp verify -Pload -Dload.simulation=ParentsSimulation -Dload.sessions=1000 -Dload.heap=1g}
 */
public class ParentsSimulation extends PortalSimulation {

    private final int sessions = LoadSettings.number("load.sessions", 1000);
    private final Duration ramp = Duration.ofSeconds(LoadSettings.number("load.ramp-seconds", 300));
    private final Duration hold = Duration.ofSeconds(LoadSettings.number("load.hold-seconds", 300));
    private static volatile Instant end = Instant.MAX;

    {
        var parents = scenario("Parents sign in, look around, claim a month, and keep browsing")
                .exec(feed(ScenarioSimulation.numbered("account", LoadAccounts::parent)))
                .exec(Scenarios.parent())
                .exec(during(session -> Duration.between(Instant.now(), end).isNegative() ? Duration.ZERO : Duration.between(Instant.now(), end))
                        .on(Scenarios.keepBrowsing()));
        setUp(parents.injectOpen(rampUsers(sessions).during(ramp)))
                .protocols(protocol())
                .maxDuration(ramp.plus(hold).plusMinutes(5))
                .assertions(global().failedRequests().count().is(0L), global().responseTime().percentile(95.0).lt(300));
    }

    @Override
    protected List<String> loadData() {
        return List.of("--travelassist.load.parents=" + sessions);
    }

    @Override
    protected void started() {
        end = Instant.now().plus(ramp).plus(hold);
    }

    @Override
    protected void finished() {
        HeapHistogram heap = portal.liveHeap("parents-" + sessions);
        note("%d parent sessions: live heap after GC %,d bytes, VaadinSession instances %d".formatted(sessions, heap.totalBytes(),
                heap.instancesOf("com.vaadin.flow.server.VaadinSession")));
        note(Database.claimsSummary(portal));
    }
}
