package org.travelassist.load;

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
 * (300) and keep browsing (payments, claims, the tracker, 20 to 40 s apart) until {@code load.hold-seconds} (300)
 * after the last arrived, so that every session is open at once. {@code load.claimers} (200) of them have a mileage
 * allowance: they sign in, open the tracker and the payments page and claim December; the others have an
 * application waiting for a decision: they sign in and open the tracker, payments and their (empty) claims. Targets:
 * round-trip p95 under 300 ms, no failed request.
 * {@code ./mvnw -B -ntp verify -Pload -Dload.simulation=ParentsSimulation -Dload.sessions=1000 -Dload.heap=1g}; on a
 * kept data set ({@code -Dload.data=big}) the claimers are parents from {@code load.first-parent} and the others
 * waiting families from {@code load.first-waiting} (11: the first ten are the officers').
 */
public class ParentsSimulation extends PortalSimulation {

    private final int sessions = LoadSettings.number("load.sessions", 1000);
    private final Duration ramp = Duration.ofSeconds(LoadSettings.number("load.ramp-seconds", 300));
    private final Duration hold = Duration.ofSeconds(LoadSettings.number("load.hold-seconds", 300));
    private final int claimers = Math.min(sessions, LoadSettings.number("load.claimers", 200));
    private final int firstParent = LoadSettings.number("load.first-parent", 1);
    private final int firstWaiting = LoadSettings.number("load.first-waiting", 11);

    {
        var claiming = scenario("Parents sign in, look around, claim a month, and keep browsing")
                .exec(feed(ScenarioSimulation.numbered("account", LoadAccounts::parent, firstParent)))
                .exec(Scenarios.parent())
                .exec(untilTheEnd(Scenarios.keepBrowsing()));
        var waiting = scenario("Parents waiting for a decision sign in, look around, and keep browsing")
                .exec(feed(ScenarioSimulation.numbered("account", LoadAccounts::waiting, firstWaiting)))
                .exec(Scenarios.familySignsIn()).exec(Scenarios.parentLooksAround())
                .exec(untilTheEnd(Scenarios.keepBrowsing()));
        setUp(claiming.injectOpen(rampUsers(claimers).during(ramp)), waiting.injectOpen(rampUsers(sessions - claimers).during(ramp)))
                .protocols(protocol())
                .maxDuration(ramp.plus(hold).plusMinutes(5))
                .assertions(global().failedRequests().count().is(0L), global().responseTime().percentile(95.0).lt(300));
    }


    @Override
    protected List<String> loadData() {
        return List.of("--travelassist.load.parents=" + (firstParent - 1 + claimers),
                "--travelassist.load.waiting=" + (firstWaiting - 1 + sessions - claimers));
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
