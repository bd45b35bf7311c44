package org.travelassist.payments;

/** What can happen to a payment; {@link PaymentStatus} says which are allowed in each state. */
public enum PaymentAction {
    HOLD("hold it"),
    RELEASE("release it"),
    GATHER("put it in a payment run"),
    DROP("take it out of its payment run"),
    APPROVE("approve it"),
    SEND("send it"),
    SETTLE("mark it paid"),
    FAIL("mark it failed"),
    REISSUE("reissue it"),
    CANCEL("cancel it");

    /** For "You cannot … now". */
    public final String words;

    PaymentAction(String words) {
        this.words = words;
    }
}
