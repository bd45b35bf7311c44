package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;

/**
 * The smallest run: {@code load.users} (default 20) people run the checker over {@code load.ramp-seconds} (30).
 * {@code ./mvnw -B -ntp verify -Pload -Dload.simulation=CheckerSimulation}
 */
public class CheckerSimulation extends Simulation {

    private final int port = Portal.freePort();
    private Portal portal;

    {
        int users = LoadSettings.number("load.users", 20);
        setUp(Scenarios.checkerScenario().injectOpen(rampUsers(users).during(Duration.ofSeconds(LoadSettings.number("load.ramp-seconds", 30)))))
                .protocols(http.baseUrl("http://localhost:" + port).disableCaching().shareConnections())
                .maxDuration(Duration.ofMinutes(10))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        portal = Portal.start(port, List.of());
    }

    @Override
    public void after() {
        if (portal != null) {
            portal.close();
        }
    }
}
