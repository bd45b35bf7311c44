package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;

import java.util.List;

/**
 * Makes a data set to keep ({@code -Dload.data=NAME}) for later runs, then checks the portal answers one checker:
 * {@code load.parents}, {@code load.applicants} and {@code load.waiting} families, each made only if it is not there
 * yet, so a run cut short can be completed. The big runs then start in seconds instead of minutes.
 * {@code ./mvnw -B -ntp verify -Pload -Dload.simulation=SeedSimulation -Dload.data=big -Dload.parents=1200 -Dload.applicants=2000 -Dload.waiting=10}
 */
public class SeedSimulation extends PortalSimulation {

    {
        if (LoadSettings.text("load.data", "").isBlank()) {
            throw new IllegalArgumentException("Name the data set to keep: -Dload.data=NAME");
        }
        setUp(Scenarios.checkerScenario().injectOpen(atOnceUsers(1))).protocols(protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    protected List<String> loadData() {
        return List.of("--travelassist.load.parents=" + LoadSettings.number("load.parents", 0),
                "--travelassist.load.applicants=" + LoadSettings.number("load.applicants", 0),
                "--travelassist.load.waiting=" + LoadSettings.number("load.waiting", 0));
    }
}
