package org.travelassist.payments;

import java.util.Map;
import java.util.Optional;

/**
 * A payment's life, as one table: each status, what the family and finance read, and which {@link PaymentAction}s
 * lead where. The aggregate checks it at every step, and pages ask it what to offer.
 *
 * <pre>
 * due → in a run → approved → sent → paid
 *                                  ↘ failed → reissued (a new payment, to the new bank details) | cancelled
 * due ⇄ held (bank details just changed, or a recovery): an officer releases it
 * </pre>
 */
public enum PaymentStatus {
    DUE("Due", "It will be paid in the next payment run."),
    HELD("On hold", "The council is checking it before it is paid."),
    IN_RUN("In a payment run", "It is in a payment run waiting for approval."),
    APPROVED("Approved", "It is approved and about to be sent to the bank."),
    SENT("Sent", "It has been sent to the bank."),
    PAID("Paid", "It is in the bank account."),
    FAILED("Not paid", "The bank could not pay it."),
    REISSUED("Sent again", "It was not paid, so it has been sent again."),
    CANCELLED("Cancelled", "It will not be paid.");

    private static final Map<PaymentStatus, Map<PaymentAction, PaymentStatus>> TRANSITIONS = Map.of(
            DUE, Map.of(PaymentAction.GATHER, IN_RUN, PaymentAction.HOLD, HELD, PaymentAction.CANCEL, CANCELLED),
            HELD, Map.of(PaymentAction.RELEASE, DUE, PaymentAction.CANCEL, CANCELLED),
            IN_RUN, Map.of(PaymentAction.APPROVE, APPROVED, PaymentAction.DROP, DUE, PaymentAction.HOLD, HELD),
            // A gateway may refuse a payout outright, before anything was sent.
            APPROVED, Map.of(PaymentAction.SEND, SENT, PaymentAction.FAIL, FAILED),
            SENT, Map.of(PaymentAction.SETTLE, PAID, PaymentAction.FAIL, FAILED),
            PAID, Map.of(),
            FAILED, Map.of(PaymentAction.REISSUE, REISSUED, PaymentAction.CANCEL, CANCELLED),
            REISSUED, Map.of(),
            CANCELLED, Map.of());

    /** "Paid", "Not paid". */
    public final String label;
    /** One sentence for the family: what this means. */
    public final String meaning;

    PaymentStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public boolean allows(PaymentAction action) {
        return TRANSITIONS.get(this).containsKey(action);
    }

    /** Where the action leads from here; empty when it is not allowed now. */
    public Optional<PaymentStatus> after(PaymentAction action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    /** Nothing more will happen to it. */
    public boolean isFinal() {
        return TRANSITIONS.get(this).isEmpty();
    }

    /** The money is on its way or there: the family need do nothing. */
    public boolean isOnItsWay() {
        return this == APPROVED || this == SENT;
    }
}
