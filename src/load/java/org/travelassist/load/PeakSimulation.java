package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The September peak: {@code load.applications} (default 2,000) families apply, spread evenly over
 * {@code load.peak-minutes} (default 60: the real rate; 10 is six times faster), while {@code load.browsers} (200)
 * signed-in parents browse ({@code load.claimers}, 50, of them with an allowance also claim December; the others
 * wait for a decision, waiting families from {@code load.first-waiting}), {@code load.officers} (5) officers decide a case each and finance creates a
 * run. The browsing parents arrive evenly over {@code load.browsers-ramp-minutes} (the first half of the peak) and browse
 * until its end. Afterwards the database must hold every application that was confirmed, exactly once. Targets: p95 under
 * 500 ms, no failed request.
 * {@code ./mvnw -B -ntp verify -Pload -Dload.simulation=PeakSimulation -Dload.peak-minutes=10}; with a data set kept
 * from another run ({@code -Dload.data=big}), {@code -Dload.first-parent=1001} takes parents that run left alone.
 */
public class PeakSimulation extends PortalSimulation {

    static final AtomicInteger CONFIRMED = new AtomicInteger();

    private final int applications = LoadSettings.number("load.applications", 2000);
    private final int browsers = LoadSettings.number("load.browsers", 200);
    private final int officers = LoadSettings.number("load.officers", 5);
    private final Duration peak = Duration.ofMinutes(LoadSettings.number("load.peak-minutes", 60));
    private final int firstParent = LoadSettings.number("load.first-parent", 1);
    private final int claimers = Math.min(LoadSettings.number("load.claimers", 50), LoadSettings.number("load.browsers", 200));
    private final int firstWaiting = LoadSettings.number("load.first-waiting", 11);
    /**
     * Over how long the browsing parents arrive ({@code load.browsers-ramp-minutes}, by default the first half of the
     * peak): in a real September they come and go over the hour, not all in its first minute, which made a stampede of
     * sign-ins no council sees. The applicants keep their own even rate whatever this is.
     */
    private final Duration browsersArrive = Duration.ofMinutes(LoadSettings.number("load.browsers-ramp-minutes",
            (int) Math.max(1, peak.toMinutes() / 2)));

    {
        var applicants = scenario("Families apply")
                .exec(feed(ScenarioSimulation.numbered("account", LoadAccounts::applicant)))
                .exec(Scenarios.applicantApplies())
                .exec(session -> {
                    if (!session.isFailed() && Vaadin.ui(session).byId("reference").isPresent()) {
                        CONFIRMED.incrementAndGet();
                    }
                    return session;
                });
        var parents = scenario("Parents browse and claim")
                .exec(feed(ScenarioSimulation.numbered("account", LoadAccounts::parent, firstParent)))
                .exec(Scenarios.parent())
                .exec(untilTheEnd(Scenarios.keepBrowsing()));
        var waiting = scenario("Parents waiting for a decision browse")
                .exec(feed(ScenarioSimulation.numbered("account", LoadAccounts::waiting, firstWaiting)))
                .exec(Scenarios.familySignsIn()).exec(Scenarios.parentLooksAround())
                .exec(untilTheEnd(Scenarios.keepBrowsing()));
        var casework = scenario("Officers decide")
                .exec(feed(IntStream.rangeClosed(1, officers).mapToObj(i -> Map.<String, Object>of("account", LoadAccounts.officer(i), "family", i)).iterator()))
                .exec(Scenarios.officerDecides());
        var finance = scenario("Finance creates a run")
                .exec(feed(ScenarioSimulation.numbered("account", LoadAccounts::finance)))
                .exec(Scenarios.financeCreatesARun());
        setUp(applicants.injectOpen(rampUsers(applications).during(peak)),
                parents.injectOpen(rampUsers(claimers).during(browsersArrive)),
                waiting.injectOpen(rampUsers(browsers - claimers).during(browsersArrive)),
                casework.injectOpen(nothingFor(peak.dividedBy(4)), rampUsers(officers).during(peak.dividedBy(2))),
                finance.injectOpen(nothingFor(peak.dividedBy(2)), atOnceUsers(1)))
                .protocols(protocol())
                .maxDuration(peak.plusMinutes(10))
                .assertions(global().failedRequests().count().is(0L), global().responseTime().percentile(95.0).lt(500));
    }


    @Override
    protected List<String> loadData() {
        return List.of("--travelassist.load.parents=" + (firstParent - 1 + claimers), "--travelassist.load.applicants=" + applications,
                "--travelassist.load.waiting=" + Math.max(officers, firstWaiting - 1 + browsers - claimers));
    }

    @Override
    protected void started() {
        end = Instant.now().plus(peak);
    }

    @Override
    protected void finished() {
        long sent = Database.count(portal, "select count(*) from application where child_name like 'Child load-applicant-%' and status <> 'DRAFT'");
        long children = Database.count(portal, "select count(distinct child_id) from application where child_name like 'Child load-applicant-%' and status <> 'DRAFT'");
        long references = Database.count(portal, "select count(distinct reference) from application where child_name like 'Child load-applicant-%' and status <> 'DRAFT'");
        long all = Database.count(portal, "select count(*) from application where child_name like 'Child load-applicant-%'");
        note("applications confirmed on screen %d; stored as sent %d, for %d children, %d references; %d rows in all (drafts included)"
                .formatted(CONFIRMED.get(), sent, children, references, all));
        note(Database.claimsSummary(portal));
        if (sent != CONFIRMED.get() || children != sent || references != sent || all != sent) {
            throw new AssertionError("Every confirmed application must be stored once: confirmed " + CONFIRMED.get() + ", stored " + sent
                    + ", children " + children + ", references " + references + ", rows " + all);
        }
    }
}
