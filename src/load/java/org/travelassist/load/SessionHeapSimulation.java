package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Heap per idle session, from class histograms after a full GC ({@code jcmd GC.class_histogram}): {@code load.sessions}
 * (default 100) sessions open and idle, then as many again; the growth between the two, divided by the sessions
 * added, is what one session keeps (fixed costs such as caches and JIT-warmed paths cancel out).
 * {@code load.kind=parent} (default): signed-in parents who opened the tracker and the payments page;
 * {@code load.kind=checker}: anonymous checker sessions with the answer on screen.
 * <p>{@code ./mvnw -B -ntp verify -Pload -Dload.simulation=SessionHeapSimulation -Dload.sessions=100}
 */
public class SessionHeapSimulation extends Simulation {

    private static final AtomicInteger READY = new AtomicInteger();
    private static volatile boolean secondHalfMayStart;
    private static volatile boolean measured;

    private final int port = Portal.freePort();
    private final int sessions = LoadSettings.number("load.sessions", 100);
    private final String kind = LoadSettings.text("load.kind", "parent");
    private Portal portal;

    {
        var accounts = IntStream.rangeClosed(1, 2 * sessions).mapToObj(i -> Map.<String, Object>of("account", LoadAccounts.parent(i), "n", i)).iterator();
        ChainBuilder visit = "checker".equals(kind) ? Scenarios.checker() : exec(Scenarios.familySignsIn()).exec(Scenarios.parentLooksAround());
        var idleSessions = scenario("Idle " + kind + " sessions")
                .exec(feed(accounts))
                .exec(asLongAs(session -> session.getInt("n") > sessions && !secondHalfMayStart).on(pause(Duration.ofSeconds(1))))
                .exec(visit)
                .exec(session -> {
                    READY.incrementAndGet();
                    return session;
                })
                .exec(asLongAs(session -> !measured).on(pause(Duration.ofSeconds(2))));
        setUp(idleSessions.injectOpen(atOnceUsers(2 * sessions)))
                .protocols(http.baseUrl("http://localhost:" + port).disableCaching().shareConnections())
                .maxDuration(Duration.ofMinutes(40))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        portal = Portal.start(port, "checker".equals(kind) ? List.of() : List.of("--travelassist.load.parents=" + 2 * sessions));
        Thread.ofPlatform().daemon().name("heap-measure").start(this::measure);
    }

    private void measure() {
        try {
            awaitReady(sessions);
            HeapHistogram first = portal.liveHeap(kind + "-" + sessions);
            secondHalfMayStart = true;
            awaitReady(2 * sessions);
            HeapHistogram second = portal.liveHeap(kind + "-" + 2 * sessions);
            long perSession = (second.totalBytes() - first.totalBytes()) / sessions;
            var report = new StringBuilder();
            report.append("%s sessions: %d open -> %d live bytes; %d open -> %d live bytes; per session %,d bytes (%.1f KiB); load average %.2f%n"
                    .formatted(kind, sessions, first.totalBytes(), 2 * sessions, second.totalBytes(), perSession, perSession / 1024.0, Portal.loadAverage()));
            report.append("VaadinSession %d -> %d, UI instances %d -> %d%n".formatted(first.instancesOf("com.vaadin.flow.server.VaadinSession"),
                    second.instancesOf("com.vaadin.flow.server.VaadinSession"), first.instancesOf("com.vaadin.flow.component.UI"),
                    second.instancesOf("com.vaadin.flow.component.UI")));
            report.append("Growth per session by class (bytes, instances):%n".formatted());
            for (var row : second.growthSince(first, 25)) {
                report.append("  %,10d  %8.1f  %s%n".formatted(row.bytes() / sessions, row.instances() / (double) sessions, row.className()));
            }
            System.out.println(report);
            Files.writeString(Portal.DIRECTORY.resolve("session-heap-" + kind + ".txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            e.printStackTrace();
        } finally {
            measured = true;
        }
    }

    /** Until so many sessions are open and idle, then a few seconds more for their last answers to settle. */
    private static void awaitReady(int count) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (READY.get() < count && Instant.now().isBefore(deadline)) {
            Portal.sleep(Duration.ofSeconds(1));
        }
        Portal.sleep(Duration.ofSeconds(5));
    }

    @Override
    public void after() {
        if (portal != null) {
            portal.close();
        }
    }
}
