package org.travelassist.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock;
import org.travelassist.payments.Balances;
import org.travelassist.payments.PaymentRuns;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.payments.PaymentSummary;
import org.travelassist.payments.RunFiles;
import org.travelassist.payments.RunStatus;
import org.travelassist.payments.RunSummary;
import org.travelassist.payments.TestPaymentDue;
import org.travelassist.payments.internal.Ledger;
import org.travelassist.payments.internal.PaymentInstruction;
import org.travelassist.payments.internal.PaymentInstructionRepository;
import org.travelassist.payments.internal.RunSubmitted;
import org.travelassist.payments.stripe.local.FakeStripe;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/**
 * A payment run paid through Stripe in the shared context (the council offers Stripe beside BACS, and finance
 * chooses it for the run): gathered, approved by a second finance officer, sent payout by payout through
 * {@code StripePayoutGateway} to the fake Stripe, and paid or failed by Stripe's payout webhooks. And the same run
 * stopped part-way and resumed, with nothing paid twice.
 */
@IntegrationTest
class GatewayRunIT {

    @Autowired PaymentRuns runs;
    @Autowired RunFiles files;
    @Autowired AppUserDirectory directory;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired PaymentInstructionRepository instructions;
    @Autowired Ledger ledger;
    @Autowired FakeStripe fake;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock.MovableClock clock;

    AppUser fatima;
    AppUser felix;

    @BeforeEach
    void officers() {
        fake.holdEvents(false);
        fatima = TestUsers.newStaff(directory, "FinanceOfficer");
        felix = TestUsers.newStaff(directory, "FinanceOfficer");
    }

    @AfterEach
    void tidy() {
        fake.recover();
        clock.reset();
        TestUsers.signOut();
    }

    PaymentInstruction due(TestPaymentDue payment) {
        return payment.publishAndAwait(transactions, events, instructions);
    }

    PaymentStatus status(UUID id) {
        return instructions.findById(id).orElseThrow().status();
    }

    /** Created by one officer, approved by another, for the earliest date a gateway allows. */
    RunSummary approvedStripeRun() {
        TestUsers.actAs(fatima);
        RunSummary run = runs.create(runs.earliestRunDate("stripe"), "stripe");
        assertThat(run.gateway()).isEqualTo("stripe");
        TestUsers.actAs(felix);
        runs.approve(run.id());
        return run;
    }

    List<JsonObject> transfersFor(UUID instructionId) {
        return fake.transfers().stream()
                .filter(t -> t.getAsJsonObject("metadata").get("instruction_id").getAsString().equals(instructionId.toString()))
                .toList();
    }

    @Test
    void a_stripe_run_is_paid_payout_by_payout_and_settled_by_webhooks() {
        UUID paidHousehold = UUID.randomUUID();
        UUID closedHousehold = UUID.randomUUID();
        var closedPayee = TestPaymentDue.payee(closedHousehold);
        fake.failPayoutsTo(closedPayee.accountNumber());
        PaymentInstruction claim = due(TestPaymentDue.claim(paidHousehold, TestPaymentDue.payee(paidHousehold), Money.ofPence(3_591),
                GovukDates.today(clock)));
        PaymentInstruction instalment = due(TestPaymentDue.instalment(paidHousehold, TestPaymentDue.payee(paidHousehold),
                Money.ofPounds(400), GovukDates.today(clock)));
        PaymentInstruction toClosed = due(TestPaymentDue.claim(closedHousehold, closedPayee, Money.ofPence(1_250), GovukDates.today(clock)));
        List<UUID> ours = List.of(claim.getId(), instalment.getId(), toClosed.getId());

        RunSummary run = approvedStripeRun();
        assertThat(runs.paymentsIn(run.id())).extracting(PaymentSummary::id).containsAll(ours);
        assertThatThrownBy(() -> files.bacsFile(run.id())).hasMessageContaining("is paid through stripe, so it has no file");
        assertThatThrownBy(() -> files.csvFile(run.id())).hasMessageContaining("is paid through stripe, so it has no file");

        runs.recordSubmitted(run.id());
        Awaitility.await("every payout accepted by Stripe").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> ours.stream().allMatch(id -> status(id) == PaymentStatus.SENT));
        assertThat(ours).allSatisfy(id -> assertThat(transfersFor(id)).as("one transfer for " + id).hasSize(1));
        assertThat(instructions.findById(claim.getId()).orElseThrow().gatewayReference())
                .isEqualTo(transfersFor(claim.getId()).getFirst().get("id").getAsString());
        assertThat(ledger.balancesOf(paidHousehold).inFlight()).isEqualTo(Money.ofPence(43_591));
        assertThatThrownBy(() -> runs.recordReturns(run.id(), new byte[0])).hasMessageContaining("not by a returns file");

        fake.payOutBalances(); // Stripe's payout schedule: payout.paid and payout.failed come to the webhook
        Awaitility.await("the payout webhooks applied").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> status(claim.getId()) == PaymentStatus.PAID && status(instalment.getId()) == PaymentStatus.PAID
                        && status(toClosed.getId()) == PaymentStatus.FAILED);

        assertThat(instructions.findById(toClosed.getId()).orElseThrow().failureReason()).isEqualTo("The bank account is closed");
        assertThat(instructions.findById(claim.getId()).orElseThrow().paidOn()).isNotNull();
        assertThat(ledger.balancesOf(paidHousehold)).isEqualTo(new Balances(Money.ZERO, Money.ZERO, Money.ofPence(43_591)));
        assertThat(ledger.balancesOf(closedHousehold)).as("owed again, to be reissued")
                .isEqualTo(new Balances(Money.ofPence(1_250), Money.ZERO, Money.ZERO));
        Awaitility.await("the run closed by its last payment's answer, as a BACS run by its returns").atMost(Duration.ofSeconds(30))
                .pollInSameThread().pollInterval(Duration.ofMillis(200)).until(() -> runs.run(run.id()).status() == RunStatus.CLOSED);
        var closing = jdbc.sql("select before_state ->> 'status' as before, after_state ->> 'status' as after, after_state ->> 'failed' as failed, "
                        + "actor_role from audit_record where record_type = 'PaymentRun' and record_id = :run and after_state ->> 'status' = 'CLOSED'")
                .param("run", run.id().toString()).query().listOfRows();
        assertThat(closing).as("closed once, audited").singleElement().satisfies(row -> {
            assertThat(row.get("before")).isEqualTo("SUBMITTED");
            assertThat(row.get("failed")).asString().startsWith("1 of ").contains("£12.50");
        });
        assertThatThrownBy(() -> runs.recordReturns(run.id(), new byte[0])).hasMessageContaining("not by a returns file");
        assertThat(fake.violations()).isEmpty();
    }

    @Test
    void a_stripe_run_stays_sent_while_any_payout_is_unanswered() {
        UUID household = UUID.randomUUID();
        PaymentInstruction claim = due(TestPaymentDue.claim(household, TestPaymentDue.payee(household), Money.ofPence(2_222),
                GovukDates.today(clock)));
        RunSummary run = approvedStripeRun();
        runs.recordSubmitted(run.id());
        List<UUID> inTheRun = runPaymentIds(run);
        Awaitility.await("every payout accepted by Stripe").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> inTheRun.stream().allMatch(id -> status(id) == PaymentStatus.SENT));
        assertThat(inTheRun).contains(claim.getId());
        assertThat(runs.run(run.id()).status()).as("accepted is not paid: the run waits").isEqualTo(RunStatus.SUBMITTED);

        fake.payOutBalances();
        Awaitility.await("the run closed once every payout is paid").atMost(Duration.ofSeconds(60)).pollInSameThread().pollInterval(Duration.ofMillis(200))
                .until(() -> runs.run(run.id()).status() == RunStatus.CLOSED);
        assertThat(status(claim.getId())).isEqualTo(PaymentStatus.PAID);
        assertThat(inTheRun).allSatisfy(id -> assertThat(status(id).isOnItsWay()).isFalse());
    }

    /**
     * What is simulated: the network to Stripe goes down after the run's first two transfers are answered; the third
     * transfer is made at Stripe but its answer never arrives (every retry too), so the sending stops there with an
     * exception and the run's event stays incomplete in the publication registry, exactly as if the application had
     * died before recording that answer. The "restart" is what the registry's retry job then does, on any node:
     * resubmitting the incomplete publication.
     */
    @Test
    void a_run_stopped_part_way_resumes_with_nothing_paid_twice() {
        List<UUID> ours = new ArrayList<>();
        Map<UUID, Money> amounts = new java.util.HashMap<>();
        for (int i = 0; i < 5; i++) {
            UUID household = UUID.randomUUID();
            Money amount = Money.ofPence(1_000 + i);
            ours.add(due(TestPaymentDue.claim(household, TestPaymentDue.payee(household), amount, GovukDates.today(clock))).getId());
            amounts.put(household, amount);
        }
        RunSummary run = approvedStripeRun();
        int inRun = runs.paymentsIn(run.id()).size();

        fake.goDownAfterTransfers(2);
        runs.recordSubmitted(run.id());
        Awaitility.await("the sending stopped, its event left incomplete").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> failedPublications(run.id()) == 1);
        List<PaymentSummary> stopped = runs.paymentsIn(run.id());
        assertThat(stopped).filteredOn(p -> p.status() == PaymentStatus.SENT).as("answered before the outage").hasSize(2);
        assertThat(stopped).filteredOn(p -> p.status() == PaymentStatus.APPROVED).hasSize(inRun - 2);
        long transfersAtStripe = runPaymentIds(run).stream().filter(id -> !transfersFor(id).isEmpty()).count();
        assertThat(transfersAtStripe).as("the third was made at Stripe, unrecorded here").isEqualTo(3);

        fake.recover();
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof RunSubmitted submitted
                && submitted.runId().equals(run.id()));

        List<UUID> inTheRun = runPaymentIds(run);
        Awaitility.await("the run resumed and finished").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> inTheRun.stream().allMatch(id -> status(id) == PaymentStatus.SENT));
        assertThat(runPaymentIds(run)).allSatisfy(id -> assertThat(transfersFor(id)).as("Stripe saw one transfer for " + id).hasSize(1));
        assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like :run")
                .param("run", "%" + run.id() + "%").query(Long.class).single()).as("the run's event is complete").isZero();
        amounts.forEach((household, amount) -> assertThat(ledger.balancesOf(household))
                .as("the ledger: each payment in flight once").isEqualTo(new Balances(Money.ZERO, amount, Money.ZERO)));
        assertThat(ours).allSatisfy(id -> assertThat(status(id)).isEqualTo(PaymentStatus.SENT));
        assertThat(fake.violations()).isEmpty();
    }

    List<UUID> runPaymentIds(RunSummary run) {
        return runs.paymentsIn(run.id()).stream().map(PaymentSummary::id).collect(Collectors.toList());
    }

    long failedPublications(UUID runId) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and status = 'FAILED' "
                + "and event_type like '%RunSubmitted' and serialized_event like :run")
                .param("run", "%" + runId + "%").query(Long.class).single();
    }
}
