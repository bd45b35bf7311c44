package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Every scenario, a few users each ({@code load.users}, default 3), at once: the quick proof that the harness still
 * speaks to the portal as it is (a changed id or heading fails a request here first).
 * {@code ./mvnw -B -ntp verify -Pload -Dload.simulation=ScenarioSimulation}
 */
public class ScenarioSimulation extends PortalSimulation {

    private final int users = LoadSettings.number("load.users", 3);

    {
        setUp(
                Scenarios.checkerScenario().injectOpen(atOnceUsers(users)),
                scenario("A parent signs in, opens the tracker and payments, and claims a month")
                        .exec(feed(numbered("account", LoadAccounts::parent)))
                        .exec(Scenarios.parent()).injectOpen(rampUsers(users).during(Duration.ofSeconds(5))),
                scenario("A family applies").exec(feed(numbered("account", LoadAccounts::applicant)))
                        .exec(Scenarios.applicantApplies()).injectOpen(rampUsers(users).during(Duration.ofSeconds(5))),
                scenario("An officer works the queue and decides")
                        .exec(feed(IntStream.rangeClosed(1, users).mapToObj(i -> Map.<String, Object>of("account", LoadAccounts.officer(i), "family", i)).iterator()))
                        .exec(Scenarios.officerDecides()).injectOpen(rampUsers(users).during(Duration.ofSeconds(5))),
                scenario("Finance creates a run").exec(feed(numbered("account", LoadAccounts::finance)))
                        .exec(Scenarios.financeCreatesARun()).injectOpen(atOnceUsers(1)))
                .protocols(protocol())
                .maxDuration(Duration.ofMinutes(15))
                .assertions(global().failedRequests().count().is(0L));
    }

    static java.util.Iterator<Map<String, Object>> numbered(String key, java.util.function.IntFunction<String> account) {
        return numbered(key, account, 1);
    }

    /** Accounts from {@code first} on: runs that share a kept data set ({@code load.data}) use different families. */
    static java.util.Iterator<Map<String, Object>> numbered(String key, java.util.function.IntFunction<String> account, int first) {
        return IntStream.iterate(first, i -> i + 1).mapToObj(i -> Map.<String, Object>of(key, account.apply(i), "n", i)).iterator();
    }

    @Override
    protected List<String> loadData() {
        return List.of("--travelassist.load.parents=" + users, "--travelassist.load.applicants=" + users, "--travelassist.load.waiting=" + users);
    }
}
