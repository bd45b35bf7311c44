package org.travelassist.payments.internal;

import org.travelassist.payments.Balances;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.shared.Money;

/**
 * The payments ledger in PostgreSQL: entries are only ever inserted (the database refuses updates and deletes),
 * each once for its key, and balances are sums of lines. Posting happens in the caller's transaction, so an
 * instruction's state and its entry commit together.
 */
@Component
public class Ledger {

    private final JdbcClient jdbc;
    private final Clock clock;

    Ledger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Posts the entry unless one with its key is there already; returns whether it was posted. Posting the same
     * fact twice (an event delivered again, a webhook repeated) is therefore harmless.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean post(JournalEntry entry) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into ledger_entry (id, idempotency_key, kind, instruction_id, household_id, reverses, posted_on, posted_at, description)
                values (:id, :key, :kind, :instruction, :household, :reverses, :postedOn, :postedAt, :description)
                on conflict (idempotency_key) do nothing""")
                .param("id", id)
                .param("key", entry.key())
                .param("kind", entry.kind().name())
                .param("instruction", entry.instructionId())
                .param("household", entry.householdId())
                .param("reverses", entry.reverses())
                .param("postedOn", entry.postedOn())
                .param("postedAt", Timestamp.from(clock.instant()))
                .param("description", entry.description().length() > 200 ? entry.description().substring(0, 200) : entry.description())
                .update();
        if (inserted == 0) {
            return false;
        }
        for (int i = 0; i < entry.lines().size(); i++) {
            LedgerLine line = entry.lines().get(i);
            jdbc.sql("""
                    insert into ledger_line (entry_id, line_no, account, household_id, amount_pence)
                    values (:entry, :lineNo, :account, :household, :pence)""")
                    .param("entry", id)
                    .param("lineNo", i + 1)
                    .param("account", line.account().name())
                    .param("household", line.householdId())
                    .param("pence", line.amount().pence())
                    .update();
        }
        return true;
    }

    /** The entry posted under this key, with its lines. */
    @Transactional(readOnly = true)
    public Optional<JournalEntry> find(String key) {
        return entries("where e.idempotency_key = :key", Map.of("key", key)).stream().findFirst();
    }

    /** Every entry about one instruction, oldest first. */
    @Transactional(readOnly = true)
    public List<JournalEntry> entriesOf(UUID instructionId) {
        return entries("where e.instruction_id = :instruction", Map.of("instruction", instructionId));
    }

    @Transactional(readOnly = true)
    public Balances balancesOf(UUID householdId) {
        return balances("where household_id = :household", Map.of("household", householdId));
    }

    /** Across every household. */
    @Transactional(readOnly = true)
    public Balances totals() {
        return balances("", Map.of());
    }

    /** The sum of every line in the ledger, which is zero whenever every entry balances. */
    @Transactional(readOnly = true)
    public Money sumOfAllLines() {
        return Money.ofPence(jdbc.sql("select coalesce(sum(amount_pence), 0) from ledger_line").query(Long.class).single());
    }

    private Balances balances(String where, Map<String, Object> params) {
        var sums = new LinkedHashMap<LedgerAccount, Long>();
        jdbc.sql("select account, coalesce(sum(amount_pence), 0) as pence from ledger_line " + where + " group by account")
                .params(params)
                .query((rs, n) -> sums.put(LedgerAccount.valueOf(rs.getString("account")), rs.getLong("pence")))
                .list();
        return new Balances(credit(sums, LedgerAccount.OWED_TO_HOUSEHOLD), credit(sums, LedgerAccount.IN_FLIGHT),
                credit(sums, LedgerAccount.COUNCIL_BANK));
    }

    private static Money credit(Map<LedgerAccount, Long> sums, LedgerAccount account) {
        return Money.ofPence(-sums.getOrDefault(account, 0L));
    }

    private List<JournalEntry> entries(String where, Map<String, Object> params) {
        record Row(UUID id, String key, EntryKind kind, UUID instruction, UUID household, String reverses, LocalDate on,
                String description) {}
        var rows = jdbc.sql("select e.* from ledger_entry e " + where + " order by e.posted_at, e.idempotency_key")
                .params(params)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("idempotency_key"),
                        EntryKind.valueOf(rs.getString("kind")), rs.getObject("instruction_id", UUID.class),
                        rs.getObject("household_id", UUID.class), rs.getString("reverses"),
                        rs.getObject("posted_on", LocalDate.class), rs.getString("description")))
                .list();
        var result = new ArrayList<JournalEntry>();
        for (Row row : rows) {
            List<LedgerLine> lines = jdbc.sql("select account, household_id, amount_pence from ledger_line where entry_id = :id order by line_no")
                    .param("id", row.id())
                    .query((rs, n) -> new LedgerLine(LedgerAccount.valueOf(rs.getString("account")),
                            rs.getObject("household_id", UUID.class), Money.ofPence(rs.getLong("amount_pence"))))
                    .list();
            result.add(new JournalEntry(row.key(), row.kind(), row.instruction(), row.household(), row.on(), row.description(), lines,
                    row.reverses()));
        }
        return result;
    }
}
