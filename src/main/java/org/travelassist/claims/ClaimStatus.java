package org.travelassist.claims;

import java.util.Map;
import java.util.Optional;

/**
 * A mileage claim's life, as one table: for each status, the actions allowed and the status each leads to. Views
 * ask it what to offer; the claim checks it again at every click, so a page left open cannot act out of turn.
 */
public enum ClaimStatus {
    DRAFT("Draft", "Not sent yet", Map.of(ClaimAction.SAVE, "DRAFT", ClaimAction.SEND, "SENT")),
    SENT("Sent", "Waiting for the school to confirm attendance",
            Map.of(ClaimAction.CONFIRM_ATTENDANCE, "CONFIRMED", ClaimAction.REJECT, "REJECTED")),
    CONFIRMED("Confirmed by the school", "Waiting for the council to approve",
            Map.of(ClaimAction.APPROVE, "CONFIRMED", ClaimAction.REJECT, "REJECTED", ClaimAction.QUERY, "QUERIED",
                    ClaimAction.CORRECT, "CONFIRMED")),
    QUERIED("Question from the council", "The council has asked you a question",
            Map.of(ClaimAction.ANSWER_QUERY, "CONFIRMED", ClaimAction.REJECT, "REJECTED")),
    APPROVED("Approved", "Approved: the payment is on its way",
            Map.of(ClaimAction.RECORD_PAYMENT, "APPROVED")),
    REJECTED("Rejected", "Rejected", Map.of()),
    PAID("Paid", "Paid into your bank account", Map.of()),
    PAYMENT_FAILED("Payment failed", "The payment did not reach your account",
            Map.of(ClaimAction.RECORD_PAYMENT, "PAYMENT_FAILED"));

    public final String label;
    /** Where it stands, for the family, in a few words. */
    public final String forFamily;
    private final Map<ClaimAction, String> next;

    ClaimStatus(String label, String forFamily, Map<ClaimAction, String> next) {
        this.label = label;
        this.forFamily = forFamily;
        this.next = next;
    }

    public boolean allows(ClaimAction action) {
        return next.containsKey(action);
    }

    /** The status the action leads to; empty when it is not allowed now. APPROVE stays CONFIRMED until the last approval. */
    public Optional<ClaimStatus> after(ClaimAction action) {
        return Optional.ofNullable(next.get(action)).map(ClaimStatus::valueOf);
    }

    /** Its days count against the allowance: no other claim may have them. */
    public boolean holdsItsDays() {
        return this != DRAFT && this != REJECTED;
    }

    public enum ClaimAction {
        SAVE("change the claim"),
        SEND("send the claim"),
        CONFIRM_ATTENDANCE("confirm attendance"),
        APPROVE("approve the claim"),
        REJECT("reject the claim"),
        QUERY("ask the family about the claim"),
        ANSWER_QUERY("answer the question"),
        CORRECT("correct the claim"),
        RECORD_PAYMENT("record the payment");

        public final String words;

        ClaimAction(String words) {
            this.words = words;
        }
    }
}
