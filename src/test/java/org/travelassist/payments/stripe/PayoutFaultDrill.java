package org.travelassist.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.travelassist.accounts.Payee;
import org.travelassist.payments.internal.PayoutGateway.Payout;
import org.travelassist.payments.internal.PayoutResult;
import org.travelassist.payments.stripe.local.FakeStripe;
import org.travelassist.shared.Money;

/**
 * Pays {@code n} instructions through the real gateway against the fake Stripe failing 20% of requests (500s,
 * answers after the client gave up, dropped connections), as the payments core would: an Unknown result is asked
 * again later with the same payout. Then checks against what the fake holds: every instruction paid exactly once,
 * to the right recipient, to the penny, and nothing lost.
 */
final class PayoutFaultDrill {

    record Figures(int payouts, long millis, long posts, long failuresInjected, int unknownsRetried, int households) {
        double perSecond() {
            return payouts * 1000.0 / Math.max(1, millis);
        }
    }

    private final StripePayoutGateway gateway;
    private final FakeStripe fake;

    PayoutFaultDrill(StripePayoutGateway gateway, FakeStripe fake) {
        this.gateway = gateway;
        this.fake = fake;
    }

    Figures run(int n, long seed) throws Exception {
        int households = Math.max(1, n / 4); // several payments to most households: their recipient is made once
        List<Payee> payees = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            payees.add(new Payee(UUID.randomUUID(), UUID.randomUUID(), "Parent " + i, "%06d".formatted(100000 + i),
                    "%08d".formatted(20000000 + i), null));
        }
        List<Payout> payouts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            payouts.add(new Payout(id, "payout:" + id + ":v1", payees.get(i % households), Money.ofPence(1_000 + i),
                    "TA PTB %06d".formatted(i)));
        }
        Map<UUID, String> references = new ConcurrentHashMap<>();
        var unknowns = new AtomicInteger();
        long postsBefore = fake.postsReceived();
        long failuresBefore = fake.failuresInjected();
        fake.answerLateBy(Duration.ofMillis(1_500)); // the client gives up after 1 s (application-test.properties)
        fake.injectFailures(0.20, seed);
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Payout payout : payouts) {
                sent.add(senders.submit(() -> {
                    PayoutResult result = gateway.pay(payout);
                    for (int round = 1; result instanceof PayoutResult.Unknown && round < 10; round++) {
                        unknowns.incrementAndGet();
                        result = gateway.pay(payout); // the core asks again with the same key
                    }
                    assertThat(result).as("instruction %s", payout.instructionId()).isInstanceOf(PayoutResult.Accepted.class);
                    references.put(payout.instructionId(), ((PayoutResult.Accepted) result).gatewayReference());
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            // On a failure the other payouts must stop here, not go on paying into the next test's fake Stripe.
            senders.shutdownNow();
            fake.injectFailures(0, 0);
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        Set<String> ours = payouts.stream().map(p -> p.instructionId().toString()).collect(Collectors.toSet());
        Map<String, List<JsonObject>> transfersByInstruction = fake.transfers().stream()
                .filter(t -> ours.contains(t.getAsJsonObject("metadata").get("instruction_id").getAsString()))
                .collect(Collectors.groupingBy(t -> t.getAsJsonObject("metadata").get("instruction_id").getAsString()));
        assertThat(transfersByInstruction).as("every instruction reached Stripe").hasSize(n);
        assertThat(transfersByInstruction.values()).as("and exactly once").allSatisfy(list -> assertThat(list).hasSize(1));
        Map<String, String> accountOfBankDetails = fake.accounts().stream()
                .filter(a -> a.getAsJsonObject("metadata").has("bank_details_id"))
                .collect(Collectors.toMap(a -> a.getAsJsonObject("metadata").get("bank_details_id").getAsString(),
                        a -> a.get("id").getAsString(), (a, b) -> {
                            throw new AssertionError("Two recipients for one version of bank details: " + a + ", " + b);
                        }));
        long pence = 0;
        for (Payout payout : payouts) {
            JsonObject transfer = transfersByInstruction.get(payout.instructionId().toString()).getFirst();
            assertThat(transfer.get("id").getAsString()).isEqualTo(references.get(payout.instructionId()));
            assertThat(transfer.get("amount").getAsLong()).isEqualTo(payout.amount().pence());
            assertThat(transfer.get("currency").getAsString()).isEqualTo("gbp");
            assertThat(transfer.get("destination").getAsString())
                    .isEqualTo(accountOfBankDetails.get(payout.payee().bankDetailsId().toString()));
            pence += transfer.get("amount").getAsLong();
        }
        assertThat(pence).as("to the penny").isEqualTo(payouts.stream().mapToLong(p -> p.amount().pence()).sum());
        assertThat(fake.violations()).as("what the fake found wrong in our requests").isEmpty();

        // A day later, an answer that never came is looked up, never sent again.
        for (Payout payout : payouts.subList(0, Math.min(20, n))) {
            assertThat(gateway.lookUp(payout)).isEqualTo(new PayoutResult.Accepted(references.get(payout.instructionId())));
        }
        UUID neverSent = UUID.randomUUID();
        assertThat(gateway.lookUp(new Payout(neverSent, "payout:" + neverSent + ":v1", payees.getFirst(), Money.ofPence(1), "TA")))
                .isInstanceOf(PayoutResult.Failed.class);
        assertThat(fake.transfers()).hasSize((int) fake.transfers().stream().map(t -> t.get("id")).distinct().count());

        return new Figures(n, millis, fake.postsReceived() - postsBefore, fake.failuresInjected() - failuresBefore,
                unknowns.get(), households);
    }
}
