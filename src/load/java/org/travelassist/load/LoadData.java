package org.travelassist.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.travelassist.TestClock;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.BankDetailsForm;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.Offer;
import org.travelassist.claims.MileageAllowances;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/**
 * The families the load signs in as, made through the portal's own services before the traffic starts (as the
 * tests' fixtures make theirs), each with an account whose provider subject the harness signs in with at the local
 * identity provider:
 * <ul>
 *   <li>{@code load-parent-NNNN}: a child, an application decided with a mileage allowance for Catmose College,
 *       bank details, the allowance accepted; they open the tracker and payments and claim a month;</li>
 *   <li>{@code load-applicant-NNNN}: a child and nothing else; they apply (the September peak);</li>
 *   <li>{@code load-waiting-NNNN}: an application sent and not yet decided, for the officers' queue.</li>
 * </ul>
 * Then the clock moves to Monday 4 January 2027, so December 2026 can be claimed (as the mileage journey does).
 */
@Component
class LoadData {

    static final Instant CLAIMS_OPEN = Instant.parse("2027-01-04T10:00:00Z");
    private static final Logger log = LoggerFactory.getLogger(LoadData.class);

    private final AppUserDirectory directory;
    private final HouseholdService households;
    private final HouseholdAccess access;
    private final ApplicationService applications;
    private final Casework casework;
    private final BankAccounts bank;
    private final MileageAllowances allowances;
    private final TestClock.MovableClock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final int parents;
    private final int applicants;
    private final int waiting;
    private final int threads;
    private String summary = "";

    LoadData(AppUserDirectory directory, HouseholdService households, HouseholdAccess access, ApplicationService applications,
            Casework casework, BankAccounts bank, MileageAllowances allowances, TestClock.MovableClock clock,
            org.springframework.jdbc.core.JdbcTemplate jdbc,
            @Value("${travelassist.load.parents:0}") int parents, @Value("${travelassist.load.applicants:0}") int applicants,
            @Value("${travelassist.load.waiting:0}") int waiting, @Value("${travelassist.load.seed-threads:2}") int threads) {
        this.directory = directory;
        this.households = households;
        this.access = access;
        this.applications = applications;
        this.casework = casework;
        this.bank = bank;
        this.allowances = allowances;
        this.clock = clock;
        this.jdbc = jdbc;
        this.parents = parents;
        this.applicants = applicants;
        this.waiting = waiting;
        this.threads = threads;
    }

    /** Once the portal is ready: the start-up runners have imported the schools, postcodes and routing graph. */
    @EventListener(ApplicationReadyEvent.class)
    public void seed() throws Exception {
        long started = System.nanoTime();
        AppUser officer = directory.signIn("staff", "load-seed-officer", "load-seed-officer@rutland.example.gov.uk", "Load seed officer",
                org.travelassist.security.AppRoles.forStaff(Set.of("TransportOfficer")));
        inParallel("parents with an accepted mileage allowance", parents, i -> {
            if (!exists(LoadAccounts.parent(i))) {
                parentWithAllowance(i, officer);
            }
        });
        inParallel("families with a child and no application", applicants, i -> {
            if (!exists(LoadAccounts.applicant(i))) {
                family(LoadAccounts.applicant(i));
            }
        });
        inParallel("applications waiting for an officer", waiting, i -> {
            if (exists(LoadAccounts.waiting(i))) {
                return;
            }
            UUID id = submitted(LoadAccounts.waiting(i));
            if (id == null) {
                throw new IllegalStateException("no application for " + LoadAccounts.waiting(i));
            }
        });
        TestUsers.signOut();
        clock.advance(Duration.between(Instant.now(), CLAIMS_OPEN));
        summary = "%d parents, %d applicants, %d waiting; seeded in %d s; clock at %s".formatted(parents, applicants, waiting,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), clock.instant());
        log.info("Load data: {}", summary);
    }

    /** Made by an earlier run on a kept data set ({@code load.data}): such families are used as they are. */
    private boolean exists(String subject) {
        Integer found = jdbc.queryForObject("select count(*) from user_account where identity_provider = 'families' and subject = ?",
                Integer.class, subject);
        return found != null && found > 0;
    }

    String summary() {
        return summary;
    }

    private void inParallel(String what, int count, IntConsumer make) throws Exception {
        if (count == 0) {
            return;
        }
        var done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int i = 1; i <= count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    try {
                        make.accept(n);
                    } finally {
                        TestUsers.signOut();
                    }
                    if (done.incrementAndGet() % 100 == 0) {
                        log.info("Load data: {} of {} {}", done.get(), count, what);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Signs the family's account in, as the provider's sign-in would, and gives it a household with one child. */
    private UUID family(String subject) {
        AppUser parent = directory.signIn("families", subject, subject + "@example.com", "Parent " + subject, Set.of());
        TestUsers.actAs(parent);
        return households.addChild(UUID.randomUUID(), new ChildForm("Child " + subject,
                "1", "3", "2014", "2 Burley Road", "Oakham", "le157hy", "Catmose College", false)).id();
    }

    private UUID submitted(String subject) {
        UUID child = family(subject);
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.submit(id, true);
        return id;
    }

    private void parentWithAllowance(int i, AppUser officer) {
        UUID id = submitted(LoadAccounts.parent(i));
        AppUser parent = TestUsers.current();
        UUID household = access.ownHousehold();
        TestUsers.actAs(officer);
        casework.decide(id, Decision.eligible(EligibilityResult.Category.B, Set.of(Offer.MILEAGE_ALLOWANCE), "The walking route is unsafe."));
        TestUsers.actAs(parent);
        bank.save(household, new BankDetailsForm("Parent " + i, "20-00-00", "%08d".formatted(10_000_000 + i), ""));
        // The allowance is set up by a listener after the decision commits.
        UUID allowance = Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> allowances.allowancesOf(household), found -> !found.isEmpty()).getFirst().id();
        allowances.accept(allowance);
    }
}
