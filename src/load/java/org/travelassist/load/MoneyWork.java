package org.travelassist.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
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
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.budgets.Budgets;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.payments.PaymentRuns;
import org.travelassist.payments.RunSummary;
import org.travelassist.payments.internal.PaymentInstruction;
import org.travelassist.payments.internal.PaymentInstructionRepository;
import org.travelassist.payments.internal.RunDates;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.GovukDates;

/**
 * The money drill's work on {@link MoneyNode}, by the services the pages call, written step by step to the progress
 * file ({@code travelassist.load.money.progress-file}) so that the drill can kill the node while a chosen step runs.
 *
 * <p>{@code work}: {@code batches} times, {@code families} families are given a personal transport budget and accept
 * it (the first instalment falls due today; the two nodes' instalments job hands it to payments, whose listener makes
 * the payment); once those payments are due, one finance officer creates a BACS run, a second approves it, and the
 * first records it sent. {@code finish}, on a node started after the kill: waits until no event publication is left
 * unfinished (the two nodes' retry job takes up what the killed node left), carries every run on (approve, send),
 * makes a run of anything still due, then moves its clock to the bank's processing day and records each sent run's
 * returns file (its first payment returned: the account closed), so every payment ends paid or failed.
 */
@Component
class MoneyWork {

    private static final Logger log = LoggerFactory.getLogger(MoneyWork.class);

    private final AppUserDirectory directory;
    private final HouseholdService households;
    private final HouseholdAccess access;
    private final ApplicationService applications;
    private final Casework casework;
    private final BudgetCasework budgetCasework;
    private final Budgets budgets;
    private final BankAccounts bank;
    private final PaymentRuns runs;
    private final PaymentInstructionRepository instructions;
    private final TestClock.MovableClock clock;
    private final JdbcTemplate jdbc;
    private final String mode;
    private final String label;
    private final int families;
    private final int batches;
    private final Path progress;

    MoneyWork(AppUserDirectory directory, HouseholdService households, HouseholdAccess access, ApplicationService applications,
            Casework casework, BudgetCasework budgetCasework, Budgets budgets, BankAccounts bank, PaymentRuns runs,
            PaymentInstructionRepository instructions, TestClock.MovableClock clock, JdbcTemplate jdbc,
            @Value("${travelassist.load.money.mode:work}") String mode, @Value("${travelassist.load.money.label}") String label,
            @Value("${travelassist.load.money.families:10}") int families, @Value("${travelassist.load.money.batches:4}") int batches,
            @Value("${travelassist.load.money.progress-file}") Path progress) {
        this.directory = directory;
        this.households = households;
        this.access = access;
        this.applications = applications;
        this.casework = casework;
        this.budgetCasework = budgetCasework;
        this.budgets = budgets;
        this.bank = bank;
        this.runs = runs;
        this.instructions = instructions;
        this.clock = clock;
        this.jdbc = jdbc;
        this.mode = mode;
        this.label = label;
        this.families = families;
        this.batches = batches;
        this.progress = progress;
    }

    /** The subjects of this drill's families start with this (the drill's checks count only theirs). */
    static String familyPrefix(String label) {
        return "load-money-" + label + "-";
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        Thread.ofPlatform().name("money-" + mode).start(() -> {
            try {
                if ("finish".equals(mode)) {
                    finish();
                } else {
                    work();
                }
            } catch (Throwable e) {
                log.error("Money drill: {} stopped", mode, e);
                note("error " + e);
            } finally {
                TestUsers.signOut();
            }
        });
    }

    private void work() {
        AppUser officer = staff("load-money-officer", "TransportOfficer");
        AppUser financeA = staff("load-money-finance-a", "FinanceOfficer");
        AppUser financeB = staff("load-money-finance-b", "FinanceOfficer");
        note("work ready");
        for (int batch = 1; batch <= batches; batch++) {
            int b = batch;
            List<UUID> made = step(b, "budgets", () -> {
                var households = new ArrayList<UUID>();
                for (int i = 1; i <= families; i++) {
                    households.add(familyWithBudget(familyPrefix(label) + b + "-" + i, officer));
                }
                return households;
            });
            step(b, "due", () -> awaitDue(made));
            TestUsers.actAs(financeA);
            RunSummary run = step(b, "create", () -> runs.create(runs.earliestRunDate()));
            note("batch %d run %d with %d payments".formatted(b, run.number(), run.payments()));
            TestUsers.actAs(financeB);
            step(b, "approve", () -> runs.approve(run.id()));
            TestUsers.actAs(financeA);
            step(b, "submit", () -> runs.recordSubmitted(run.id()));
        }
        note("work done");
    }

    private void finish() {
        AppUser financeA = staff("load-money-finance-a", "FinanceOfficer");
        AppUser financeB = staff("load-money-finance-b", "FinanceOfficer");
        note("finish begun");
        awaitNothingUnfinished("before carrying the runs on");
        for (var run : jdbc.queryForList("select id, status, created_by from payment_run where status in ('OPEN', 'APPROVED') order by run_number")) {
            UUID id = (UUID) run.get("id");
            if ("OPEN".equals(run.get("status"))) {
                TestUsers.actAs(financeB.id().equals(run.get("created_by")) ? financeA : financeB);
                runs.approve(id);
                note("finish: approved run " + id);
            }
            TestUsers.actAs(financeA);
            runs.recordSubmitted(id);
            note("finish: sent run " + id);
        }
        Integer due = jdbc.queryForObject("select count(*) from payment_instruction where status = 'DUE'", Integer.class);
        if (due != null && due > 0) {
            TestUsers.actAs(financeA);
            RunSummary run = runs.create(runs.earliestRunDate());
            TestUsers.actAs(financeB);
            runs.approve(run.id());
            TestUsers.actAs(financeA);
            runs.recordSubmitted(run.id());
            note("finish: run %d for the %d payments still due, sent".formatted(run.number(), run.payments()));
        }
        awaitNothingUnfinished("after sending");
        var sent = jdbc.queryForList("select id, run_date from payment_run where status = 'SUBMITTED' order by run_number");
        LocalDate latest = sent.stream().map(run -> ((java.sql.Date) run.get("run_date")).toLocalDate()).max(LocalDate::compareTo)
                .orElse(GovukDates.today(clock));
        clock.moveTo(RunDates.processingDay(latest).atTime(LocalTime.NOON).atZone(GovukDates.LONDON).toInstant());
        note("finish: clock at " + clock.instant() + ", the bank's processing day");
        TestUsers.actAs(financeA);
        for (var run : sent) {
            UUID id = (UUID) run.get("id");
            var recorded = runs.recordReturns(id, returnsFile(instructions.inRun(id)));
            note("finish: returns of run %s: %d paid, %d returned".formatted(id, recorded.paid(), recorded.failed()));
        }
        awaitNothingUnfinished("after the returns");
        note("finished");
    }

    /** The bank's returns report for a run: its first payment returned, the account closed (reason B). */
    private static byte[] returnsFile(List<PaymentInstruction> payments) {
        var csv = new StringBuilder("Reference,Sort code,Account number,Amount,Reason code\n");
        if (!payments.isEmpty()) {
            PaymentInstruction first = payments.getFirst();
            long pence = first.amount().pence();
            csv.append(first.statementReference()).append(',').append(first.payee().sortCode()).append(',')
                    .append(first.payee().accountNumber()).append(',').append("%d.%02d".formatted(pence / 100, pence % 100)).append(",B\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private AppUser staff(String subject, String role) {
        return directory.signIn("staff", subject, subject + "@rutland.example.gov.uk", subject, AppRoles.forStaff(Set.of(role)));
    }

    /** A family who applied, were offered a personal transport budget, gave their bank details and accepted it. */
    private UUID familyWithBudget(String subject, AppUser officer) {
        AppUser parent = directory.signIn("families", subject, subject + "@example.com", "Parent " + subject, Set.of());
        TestUsers.actAs(parent);
        UUID child = households.addChild(UUID.randomUUID(), new ChildForm("Child " + subject,
                "1", "3", "2014", "2 Burley Road", "Oakham", "le157hy", "Catmose College", false)).id();
        UUID household = access.ownHousehold();
        UUID application = applications.start(child);
        ApplicationFixtures.answerEverything(applications, application);
        applications.submit(application, true);
        TestUsers.actAs(officer);
        casework.decide(application, Decision.eligible(EligibilityResult.Category.A, Set.of(Offer.PERSONAL_TRANSPORT_BUDGET),
                "Cannot walk safely to school because of autism, as the paediatrician's letter explains."));
        // The draft offer is made by a listener after the decision commits.
        UUID budget = Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> budgetCasework.forApplication(application), found -> !found.isEmpty()).getFirst().id();
        budgetCasework.send(budget);
        TestUsers.actAs(parent);
        bank.save(household, new BankDetailsForm("Parent " + subject, "20-00-00", "%08d".formatted(Math.floorMod(subject.hashCode(), 90_000_000) + 10_000_000), ""));
        budgets.accept(budget, true);
        return household;
    }

    /** Until each household's first instalment is a payment due: handed over by the nodes' job, made by payments. */
    private List<UUID> awaitDue(List<UUID> made) {
        Awaitility.await("the batch's payments due").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> jdbc.queryForObject("select count(distinct household_id) from payment_instruction where status = 'DUE'"
                        + " and household_id = any(?)", Integer.class, (Object) made.toArray(UUID[]::new)), found -> found == made.size());
        return made;
    }

    private void awaitNothingUnfinished(String when) {
        Awaitility.await("no event publication unfinished " + when).atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2))
                .until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class),
                        left -> left == 0);
        note("finish: no event publication unfinished " + when);
    }

    private <T> T step(int batch, String step, java.util.function.Supplier<T> work) {
        note("batch %d %s begun".formatted(batch, step));
        T result = work.get();
        note("batch %d %s done".formatted(batch, step));
        return result;
    }

    private synchronized void note(String line) {
        log.info("Money drill: {}", line);
        try {
            Files.writeString(progress, Instant.now() + " " + line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
