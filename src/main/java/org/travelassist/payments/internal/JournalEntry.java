package org.travelassist.payments.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Money;

/**
 * A journal entry as posted: balanced (its lines add up to zero), with at least two lines, and identified by its
 * idempotency key, so the same fact posted twice is posted once. Entries are never changed; a correction is a new
 * entry that {@link #reversal reverses} one.
 *
 * @param key what the entry records, unique in the ledger ("due:MILEAGE_CLAIM:…", "sent:&lt;instruction&gt;")
 * @param reverses the key of the entry this one reverses; null for an ordinary entry
 */
public record JournalEntry(String key, EntryKind kind, @Nullable UUID instructionId, UUID householdId, LocalDate postedOn,
        String description, List<LedgerLine> lines, @Nullable String reverses) {

    public JournalEntry {
        lines = List.copyOf(lines);
        if (lines.size() < 2) {
            throw new IllegalArgumentException("A journal entry needs at least two lines: " + key);
        }
        if (!Money.sum(lines.stream().map(LedgerLine::amount).toList()).isZero()) {
            throw new IllegalArgumentException("A journal entry must balance: " + key + " " + lines);
        }
        if (key.isBlank() || key.length() > 120) {
            throw new IllegalArgumentException("A journal entry needs a key of 1 to 120 characters");
        }
    }

    /** The entry that undoes this one: the same lines with their signs turned over. */
    public JournalEntry reversal(String reversalKey, EntryKind reversalKind, LocalDate on, String why) {
        if (reverses != null) {
            throw new IllegalStateException("A reversal is not itself reversed; post the entry again instead: " + key);
        }
        return new JournalEntry(reversalKey, reversalKind, instructionId, householdId, on, why,
                lines.stream().map(LedgerLine::reversed).toList(), key);
    }

    /** The amount the entry moves: the sum of its debits. */
    public Money amount() {
        return Money.sum(lines.stream().map(LedgerLine::amount).filter(Money::isPositive).toList());
    }
}
