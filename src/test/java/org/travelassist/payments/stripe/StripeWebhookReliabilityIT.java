package org.travelassist.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.stripe.StripeClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.accounts.Payee;
import org.travelassist.payments.PaymentDue;
import org.travelassist.payments.PaymentLine;
import org.travelassist.payments.PaymentSource;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.payments.internal.PaymentInstruction;
import org.travelassist.payments.internal.PaymentInstructionRepository;
import org.travelassist.payments.internal.PaymentRun;
import org.travelassist.payments.internal.PaymentRunRepository;
import org.travelassist.payments.internal.PaymentSteps;
import org.travelassist.payments.internal.PayoutGateway.Payout;
import org.travelassist.payments.internal.PayoutResult;
import org.travelassist.payments.internal.Payouts;
import org.travelassist.payments.stripe.local.FakeStripe;
import org.travelassist.shared.Money;

/**
 * Webhooks under abuse: real payments sent through the Stripe gateway, paid out (one household's bank account is
 * closed), and every event Stripe raised delivered twice, in reverse order, alongside forged and replayed copies.
 * Every payment must end in the right state: paid, or failed with the bank's reason; the forgeries refused.
 */
@IntegrationTest
class StripeWebhookReliabilityIT {

    record Due(PaymentSource source, UUID householdId, Payee payee, Money amount, LocalDate dueOn, String statementReference,
            String description, List<PaymentLine> lines) implements PaymentDue {}

    @LocalServerPort int port;
    @Autowired FakeStripe fake;
    @Autowired StripeClient stripe;
    @Autowired StripeRecipients recipients;
    @Autowired StripeCalls calls;
    @Autowired Payouts payouts;
    @Autowired PaymentSteps steps;
    @Autowired PaymentInstructionRepository instructions;
    @Autowired PaymentRunRepository runs;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    final HttpClient http = HttpClient.newHttpClient();

    int post(String payload, String signature) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + StripeWebhookController.PATH))
                .header("Stripe-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void duplicated_reordered_forged_and_replayed_events_leave_no_payment_in_a_wrong_state() throws Exception {
        var gateway = new StripePayoutGateway(stripe, recipients, calls);
        List<Payee> payees = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            payees.add(new Payee(UUID.randomUUID(), UUID.randomUUID(), "Parent " + i, "40%04d".formatted(i),
                    "%08d".formatted(71_000_000 + (int) (Math.random() * 900_000) * 10 + i), null));
        }
        Payee closedAccount = payees.getFirst();
        fake.failPayoutsTo(closedAccount.accountNumber());
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = transaction.execute(status -> {
            long number = jdbc.sql("select nextval('payment_run_number_seq')").query(Long.class).single();
            var run = runs.save(new PaymentRun(number, today, StripePayoutGateway.NAME, UUID.randomUUID(), "Fatima", clock.instant()));
            List<UUID> made = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Payee payee = payees.get(i % payees.size());
                PaymentInstruction instruction = steps.create(new Due(new PaymentSource(PaymentSource.Kind.MILEAGE_CLAIM, UUID.randomUUID()),
                        payee.householdId(), payee, Money.ofPence(2_000 + i), today, "TA MIL %06d".formatted(i), "Mileage " + i,
                        List.of(new PaymentLine("Mileage", Money.ofPence(2_000 + i))))).orElseThrow();
                instruction.gatherInto(run.getId(), clock.instant());
                instruction.approve(clock.instant());
                made.add(instructions.save(instruction).getId());
            }
            run.holds(made.size(), Money.ofPence(made.size()));
            run.approve(UUID.randomUUID(), "Felix", clock.instant());
            return made;
        });

        fake.holdEvents(true);
        try {
            for (UUID id : ids) {
                var instruction = instructions.findById(id).orElseThrow();
                PayoutResult result = gateway.pay(new Payout(id, payouts.idempotencyKeyFor(id), instruction.payee(),
                        instruction.amount(), instruction.statementReference()));
                payouts.record(id, result);
            }
            assertThat(ids).allSatisfy(id -> assertThat(instructions.findById(id).orElseThrow().status()).isEqualTo(PaymentStatus.SENT));
            fake.payOutBalances();
        } finally {
            fake.holdEvents(false);
        }
        Set<String> ourAccounts = fake.accounts().stream()
                .filter(a -> payees.stream().anyMatch(p -> p.bankDetailsId().toString()
                        .equals(a.getAsJsonObject("metadata").get("bank_details_id").getAsString())))
                .map(a -> a.get("id").getAsString()).collect(Collectors.toSet());
        List<FakeStripe.SignedEvent> events = fake.takeEvents().stream()
                .filter(e -> e.type().startsWith("payout.")
                        && ourAccounts.contains(JsonParser.parseString(e.payload()).getAsJsonObject().get("account").getAsString()))
                .collect(Collectors.toCollection(ArrayList::new));
        assertThat(events).extracting(FakeStripe.SignedEvent::type).containsOnly("payout.paid", "payout.failed").hasSize(4);

        Collections.reverse(events);
        Map<String, Integer> refused = new java.util.HashMap<>();
        for (FakeStripe.SignedEvent event : events) {
            long now = clock.instant().getEpochSecond(); // the portal's time, which the webhook checks
            // A forgery claiming the closed account's payout was paid, and an old delivery replayed.
            String forged = event.payload().replace("\"status\":\"failed\"", "\"status\":\"paid\"").replace("payout.failed", "payout.paid");
            refused.merge("forged", post(forged, "t=" + now + ",v1=" + "0f".repeat(32)) == 400 ? 1 : 0, Integer::sum);
            refused.merge("tampered", post(forged + " ", event.signature()) == 400 ? 1 : 0, Integer::sum);
            refused.merge("replayed", post(event.payload(), fake.sign(event.payload(), now - 600)) == 400 ? 1 : 0, Integer::sum);
            assertThat(post(event.payload(), event.signature())).isEqualTo(200);
        }
        for (FakeStripe.SignedEvent event : events) {
            assertThat(post(event.payload(), event.signature())).isEqualTo(200); // delivered again
        }

        Map<UUID, PaymentStatus> expected = ids.stream().collect(Collectors.toMap(id -> id, id ->
                instructions.findById(id).orElseThrow().householdId().equals(closedAccount.householdId())
                        ? PaymentStatus.FAILED : PaymentStatus.PAID));
        Callable<Integer> wrongStates = () -> (int) ids.stream()
                .filter(id -> instructions.findById(id).orElseThrow().status() != expected.get(id)).count();
        int wrong = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(wrongStates, count -> count == 0);

        assertThat(wrong).as("payments in a wrong state").isZero();
        assertThat(refused).containsEntry("forged", 4).containsEntry("tampered", 4).containsEntry("replayed", 4);
        assertThat(ids.stream().filter(id -> expected.get(id) == PaymentStatus.FAILED))
                .hasSize(3)
                .allSatisfy(id -> assertThat(instructions.findById(id).orElseThrow().failureReason()).isEqualTo("The bank account is closed"));
        for (FakeStripe.SignedEvent event : events) {
            assertThat(jdbc.sql("select count(*) from stripe_webhook_event where event_id = :id and processed_at is not null")
                    .param("id", event.id()).query(Long.class).single()).isEqualTo(1);
        }
        assertThat(fake.violations()).isEmpty();
        System.out.printf("Stripe webhooks: %d genuine events delivered twice in reverse order, %s refused; 0 payments in a wrong state%n",
                events.size(), refused);
    }
}
