package org.travelassist.payments.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.travelassist.payments.PaymentSource;
import org.travelassist.shared.Money;

/**
 * The journal entries of a payment's life, and the one place their keys are made. A payment is owed once per
 * source (a reissue moves the same debt again), and sent, paid or failed once per instruction.
 */
public final class Postings {

    private Postings() {}

    public static String dueKey(PaymentSource source) {
        return "due:" + source.kind() + ":" + source.id();
    }

    public static String key(EntryKind kind, UUID instructionId) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + instructionId;
    }

    /** The council owes the household this payment. */
    public static JournalEntry due(PaymentSource source, UUID instructionId, UUID householdId, Money amount, LocalDate on,
            String description) {
        return new JournalEntry(dueKey(source), EntryKind.DUE, instructionId, householdId, on, description, List.of(
                LedgerLine.debit(LedgerAccount.TRAVEL_SUPPORT, householdId, amount),
                LedgerLine.credit(LedgerAccount.OWED_TO_HOUSEHOLD, householdId, amount)), null);
    }

    /** It left the council: in a BACS file finance submits, or accepted by the gateway. */
    public static JournalEntry sent(UUID instructionId, UUID householdId, Money amount, LocalDate on, String description) {
        return new JournalEntry(key(EntryKind.SENT, instructionId), EntryKind.SENT, instructionId, householdId, on, description,
                List.of(LedgerLine.debit(LedgerAccount.OWED_TO_HOUSEHOLD, householdId, amount),
                        LedgerLine.credit(LedgerAccount.IN_FLIGHT, householdId, amount)), null);
    }

    /** It reached the family's bank. */
    public static JournalEntry paid(UUID instructionId, UUID householdId, Money amount, LocalDate on, String description) {
        return new JournalEntry(key(EntryKind.PAID, instructionId), EntryKind.PAID, instructionId, householdId, on, description,
                List.of(LedgerLine.debit(LedgerAccount.IN_FLIGHT, householdId, amount),
                        LedgerLine.credit(LedgerAccount.COUNCIL_BANK, householdId, amount)), null);
    }

    /** The sent payment came back: the council owes the household again. */
    public static JournalEntry failed(JournalEntry sent, LocalDate on, String reason) {
        requireKind(sent, EntryKind.SENT);
        return sent.reversal(key(EntryKind.FAILED, sent.instructionId()), EntryKind.FAILED, on, reason);
    }

    /** The payment will not be made (before it was sent): the debt is withdrawn. */
    public static JournalEntry cancelled(JournalEntry due, UUID instructionId, LocalDate on, String reason) {
        requireKind(due, EntryKind.DUE);
        return due.reversal(key(EntryKind.CANCELLED, instructionId), EntryKind.CANCELLED, on, reason);
    }

    public static String receivedKey(UUID reference) {
        return "received:" + reference;
    }

    /** Money in: a family paid the council by card for what {@code reference} names. */
    public static JournalEntry received(UUID reference, UUID householdId, Money amount, LocalDate on, String description) {
        return new JournalEntry(receivedKey(reference), EntryKind.RECEIVED, null, householdId, on, description, List.of(
                LedgerLine.debit(LedgerAccount.CARD_RECEIPTS, householdId, amount),
                LedgerLine.credit(LedgerAccount.FAMILY_CHARGES, householdId, amount)), null);
    }

    /** The card payment was given back. */
    public static JournalEntry refunded(JournalEntry received, UUID reference, LocalDate on, String reason) {
        requireKind(received, EntryKind.RECEIVED);
        return received.reversal("refunded:" + reference, EntryKind.REFUNDED, on, reason);
    }

    private static void requireKind(JournalEntry entry, EntryKind kind) {
        if (entry.kind() != kind) {
            throw new IllegalArgumentException("Expected a " + kind + " entry, not " + entry.kind() + ": " + entry.key());
        }
    }
}
