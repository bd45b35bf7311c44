package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A simulation against a portal of its own: started before the users (with the load data the simulation asks
 * for), stopped after them. The load average of the machine is noted at both ends in {@code target/load/runs.txt},
 * beside the simulation's name, since other work may share the cores.
 */
public abstract class PortalSimulation extends Simulation {

    /** When the browsing users stop, set by a simulation once its portal is ready (one simulation runs per JVM). */
    protected static volatile Instant end = Instant.MAX;

    protected final int port = Portal.freePort();
    protected Portal portal;
    private Duration cpuAtStart = Duration.ZERO;

    /**
     * Repeats {@code turn} until {@link #end}. Not {@code during(session -> remaining())}: Gatling evaluates that
     * duration again on each turn against the time since the loop began, so every user stopped halfway to the end.
     */
    protected static ChainBuilder untilTheEnd(ChainBuilder turn) {
        return asLongAs(session -> Instant.now().isBefore(end)).on(turn);
    }

    /** The load data, as {@code --travelassist.load.*} arguments. */
    protected abstract List<String> loadData();

    /** Options for the portal's JVM, for a simulation that measures something the defaults would blur. */
    protected List<String> portalOptions() {
        return List.of();
    }

    protected HttpProtocolBuilder protocol() {
        return http.baseUrl("http://localhost:" + port).disableCaching().shareConnections()
                .acceptHeader("*/*").userAgentHeader("Travel Assist load harness (Gatling)");
    }

    @Override
    public void before() {
        portal = Portal.start(port, loadData(), portalOptions());
        note("started, load average %.2f".formatted(Portal.loadAverage()));
        started();
        cpuAtStart = portal.cpuTime();
    }

    /** After the portal is ready, before the users: a baseline. */
    protected void started() {}

    /** After the users, before the portal stops: counts in the database, a last histogram. */
    protected void finished() {}

    @Override
    public void after() {
        try {
            note("users done, load average %.2f; the portal's CPU time during the users %.1f s (divide by Gatling's request count for the cost of a request)"
                    .formatted(Portal.loadAverage(), portal == null ? 0.0 : portal.cpuTime().minus(cpuAtStart).toMillis() / 1000.0));
            finished();
        } finally {
            if (portal != null) {
                portal.close();
            }
        }
    }

    protected void note(String line) {
        Portal.note(getClass(), line);
    }
}
