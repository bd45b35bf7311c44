package org.travelassist.payments.internal;

import org.travelassist.payments.Balances;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.travelassist.payments.PaymentSource;
import org.travelassist.shared.Money;

/**
 * The ledger's invariants for any mix of payments and what became of them, each fact sometimes posted twice (an
 * event or webhook delivered again): every entry balances, so all lines add up to zero; nothing is owed, in flight
 * or paid below zero; each household's owed, in flight and paid add up to what it was due less what was cancelled;
 * and each balance holds exactly the payments in that state.
 */
class LedgerPropertyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final List<UUID> HOUSEHOLDS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    /** Where a payment's life ends, as far as the ledger goes. */
    enum End { DUE, CANCELLED, SENT, PAID, FAILED, FAILED_THEN_CANCELLED, REISSUED_AND_PAID, REISSUED_AND_FAILED_AGAIN }

    record Payment(Money amount, UUID household, End end, boolean postedTwice) {}

    private static Gen<Payment> payments() {
        return longs().between(1, 10_000_000).zip(integers().between(0, HOUSEHOLDS.size() - 1),
                integers().between(0, End.values().length - 1), booleans().all(),
                (pence, household, end, twice) -> new Payment(Money.ofPence(pence), HOUSEHOLDS.get(household), End.values()[end], twice));
    }

    /** The ledger's rule for posting: once per key. */
    static final class Book {
        final Map<String, JournalEntry> entries = new LinkedHashMap<>();

        void post(JournalEntry entry, boolean twice) {
            entries.putIfAbsent(entry.key(), entry);
            if (twice) {
                entries.putIfAbsent(entry.key(), entry);
            }
        }

        List<LedgerLine> lines() {
            return entries.values().stream().flatMap(entry -> entry.lines().stream()).toList();
        }

        Balances of(UUID household) {
            return Balances.of(lines().stream().filter(line -> line.householdId().equals(household)).toList());
        }
    }

    private static void live(Book book, Payment payment) {
        var source = new PaymentSource(PaymentSource.Kind.MILEAGE_CLAIM, UUID.randomUUID());
        UUID first = UUID.randomUUID();
        boolean twice = payment.postedTwice();
        JournalEntry due = Postings.due(source, first, payment.household(), payment.amount(), DAY, "Mileage");
        book.post(due, twice);
        if (payment.end() == End.DUE) {
            return;
        }
        if (payment.end() == End.CANCELLED) {
            book.post(Postings.cancelled(due, first, DAY, "Claim withdrawn"), twice);
            return;
        }
        JournalEntry sent = Postings.sent(first, payment.household(), payment.amount(), DAY, "Run 1");
        book.post(sent, twice);
        switch (payment.end()) {
            case SENT -> { }
            case PAID -> book.post(Postings.paid(first, payment.household(), payment.amount(), DAY, "Paid"), twice);
            case FAILED -> book.post(Postings.failed(sent, DAY, "Account closed"), twice);
            case FAILED_THEN_CANCELLED -> {
                book.post(Postings.failed(sent, DAY, "Account closed"), twice);
                book.post(Postings.cancelled(due, first, DAY, "Recovered"), twice);
            }
            case REISSUED_AND_PAID, REISSUED_AND_FAILED_AGAIN -> {
                book.post(Postings.failed(sent, DAY, "Account closed"), twice);
                UUID reissue = UUID.randomUUID();
                JournalEntry resent = Postings.sent(reissue, payment.household(), payment.amount(), DAY, "Run 2");
                book.post(resent, twice);
                book.post(payment.end() == End.REISSUED_AND_PAID
                        ? Postings.paid(reissue, payment.household(), payment.amount(), DAY, "Paid")
                        : Postings.failed(resent, DAY, "Account closed"), twice);
            }
            default -> throw new AssertionError(payment.end());
        }
    }

    @Test
    void the_ledger_balances_and_each_balance_holds_exactly_the_payments_in_that_state() {
        qt().forAll(lists().of(payments()).ofSizeBetween(0, 60)).checkAssert(payments -> {
            var book = new Book();
            payments.forEach(payment -> live(book, payment));

            assertThat(Money.sum(book.lines().stream().map(LedgerLine::amount).toList())).isEqualTo(Money.ZERO);
            for (UUID household : HOUSEHOLDS) {
                var mine = payments.stream().filter(p -> p.household().equals(household)).toList();
                Balances balances = book.of(household);
                assertThat(List.of(balances.owed(), balances.inFlight(), balances.paid())).allMatch(m -> !m.isNegative());
                assertThat(balances.owed()).isEqualTo(sum(mine, End.DUE, End.FAILED, End.REISSUED_AND_FAILED_AGAIN));
                assertThat(balances.inFlight()).isEqualTo(sum(mine, End.SENT));
                assertThat(balances.paid()).isEqualTo(sum(mine, End.PAID, End.REISSUED_AND_PAID));
                assertThat(balances.total()).isEqualTo(sum(mine, End.values()).minus(sum(mine, End.CANCELLED, End.FAILED_THEN_CANCELLED)));
            }
            var perHousehold = HOUSEHOLDS.stream().map(book::of).toList();
            Balances all = Balances.of(book.lines());
            assertThat(all.owed()).isEqualTo(Money.sum(perHousehold.stream().map(Balances::owed).toList()));
            assertThat(all.paid()).isEqualTo(Money.sum(perHousehold.stream().map(Balances::paid).toList()));
        });
    }

    @Test
    void a_reversal_undoes_its_entry_exactly_and_is_never_itself_reversed() {
        qt().forAll(longs().between(1, Long.MAX_VALUE / 4), integers().between(0, HOUSEHOLDS.size() - 1)).checkAssert((pence, h) -> {
            UUID household = HOUSEHOLDS.get(h);
            UUID instruction = UUID.randomUUID();
            JournalEntry sent = Postings.sent(instruction, household, Money.ofPence(pence), DAY, "Run");
            JournalEntry failed = Postings.failed(sent, DAY, "Account closed");

            var lines = new ArrayList<>(sent.lines());
            lines.addAll(failed.lines());
            assertThat(Balances.of(lines)).isEqualTo(Balances.NONE);
            assertThat(failed.reverses()).isEqualTo(sent.key());
            assertThat(failed.amount()).isEqualTo(sent.amount());
            assertThatThrownBy(() -> failed.reversal("again", EntryKind.SENT, DAY, "undo the undo"))
                    .isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    void an_entry_that_does_not_balance_or_has_one_line_is_refused() {
        qt().forAll(longs().between(1, 1_000_000), longs().between(1, 1_000_000)).assuming((a, b) -> !a.equals(b)).checkAssert((a, b) -> {
            UUID household = HOUSEHOLDS.getFirst();
            assertThatThrownBy(() -> new JournalEntry("k", EntryKind.DUE, null, household, DAY, "x", List.of(
                    LedgerLine.debit(LedgerAccount.TRAVEL_SUPPORT, household, Money.ofPence(a)),
                    LedgerLine.credit(LedgerAccount.OWED_TO_HOUSEHOLD, household, Money.ofPence(b))), null))
                    .hasMessageContaining("balance");
            assertThatThrownBy(() -> new JournalEntry("k", EntryKind.DUE, null, household, DAY, "x", List.of(
                    LedgerLine.debit(LedgerAccount.TRAVEL_SUPPORT, household, Money.ofPence(a))), null))
                    .hasMessageContaining("two lines");
        });
    }

    private static Money sum(List<Payment> payments, End... ends) {
        var wanted = List.of(ends);
        return Money.sum(payments.stream().filter(p -> wanted.contains(p.end())).map(Payment::amount).toList());
    }
}
