package org.travelassist.payments.internal;

import org.travelassist.payments.Balances;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.payments.PaymentSource;
import org.travelassist.shared.Money;

/** The ledger in PostgreSQL: posted once per key, balances as sums, and the database refuses changes and imbalance. */
@IntegrationTest
class LedgerIT {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Autowired Ledger ledger;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate portal;
    @Autowired @FlywayDataSource DataSource owner;

    @Test
    void an_entry_is_posted_once_for_its_key_and_balances_are_the_sums_of_lines() {
        UUID household = UUID.randomUUID();
        UUID instruction = UUID.randomUUID();
        var source = new PaymentSource(PaymentSource.Kind.BUDGET_INSTALMENT, UUID.randomUUID());
        JournalEntry due = Postings.due(source, instruction, household, Money.ofPounds(120), DAY, "Travel budget, payment 1 of 3");
        JournalEntry sent = Postings.sent(instruction, household, Money.ofPounds(120), DAY, "Run of 1 December");

        assertThat((boolean) transactions.execute(status -> ledger.post(due))).isTrue();
        assertThat((boolean) transactions.execute(status -> ledger.post(due))).as("the same fact again").isFalse();
        assertThat(ledger.balancesOf(household)).isEqualTo(new Balances(Money.ofPounds(120), Money.ZERO, Money.ZERO));

        transactions.executeWithoutResult(status -> ledger.post(sent));
        assertThat(ledger.balancesOf(household)).isEqualTo(new Balances(Money.ZERO, Money.ofPounds(120), Money.ZERO));

        transactions.executeWithoutResult(status -> ledger.post(Postings.failed(ledger.find(sent.key()).orElseThrow(), DAY, "Account closed")));
        assertThat(ledger.balancesOf(household)).as("owed again").isEqualTo(new Balances(Money.ofPounds(120), Money.ZERO, Money.ZERO));
        assertThat(ledger.entriesOf(instruction)).extracting(JournalEntry::kind).containsExactly(EntryKind.DUE, EntryKind.SENT, EntryKind.FAILED);
        assertThat(ledger.find(due.key()).orElseThrow()).isEqualTo(due);
        assertThat(ledger.sumOfAllLines()).isEqualTo(Money.ZERO);
    }

    @Test
    void an_entry_is_reversed_at_most_once() {
        UUID household = UUID.randomUUID();
        UUID instruction = UUID.randomUUID();
        JournalEntry sent = Postings.sent(instruction, household, Money.ofPence(4_250), DAY, "Run");
        transactions.executeWithoutResult(status -> ledger.post(sent));
        transactions.executeWithoutResult(status -> ledger.post(Postings.failed(sent, DAY, "Account closed")));

        var secondReversal = sent.reversal("failed-again:" + instruction, EntryKind.FAILED, DAY, "Again");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> ledger.post(secondReversal)))
                .hasMessageContaining("ledger_entry_reverses_key");
    }

    @Test
    void no_one_can_change_or_delete_the_ledger_not_even_the_schema_owner() {
        UUID household = UUID.randomUUID();
        transactions.executeWithoutResult(status -> ledger.post(
                Postings.sent(UUID.randomUUID(), household, Money.ofPence(999), DAY, "Run")));
        var asOwner = new JdbcTemplate(owner);

        assertThatThrownBy(() -> asOwner.update("update ledger_line set amount_pence = 1 where household_id = ?", household))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner.update("delete from ledger_entry where household_id = ?", household))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> portal.update("update ledger_entry set description = 'x' where household_id = ?", household))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> portal.update("delete from ledger_line where household_id = ?", household))
                .rootCause().hasMessageContaining("permission denied");
        assertThat(ledger.balancesOf(household).inFlight()).isEqualTo(Money.ofPence(999));
    }

    @Test
    void the_database_refuses_an_entry_that_does_not_balance_when_the_transaction_commits() {
        UUID entry = UUID.randomUUID();
        UUID household = UUID.randomUUID();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            portal.update("""
                    insert into ledger_entry (id, idempotency_key, kind, household_id, posted_on, posted_at, description)
                    values (?, ?, 'DUE', ?, current_date, now(), 'lopsided')""", entry, "test:" + entry, household);
            portal.update("insert into ledger_line values (?, 1, 'TRAVEL_SUPPORT', ?, 500)", entry, household);
            portal.update("insert into ledger_line values (?, 2, 'OWED_TO_HOUSEHOLD', ?, -400)", entry, household);
        })).rootCause().hasMessageContaining("does not balance");
        assertThat(ledger.find("test:" + entry)).isEmpty();
    }
}
