package org.travelassist.budgets;

import java.util.EnumSet;
import java.util.Set;

/** Where one instalment stands, and the only moves it may make. */
public enum InstalmentState {
    SCHEDULED("Scheduled"),
    /** Fallen due and handed to payments; it stays "due" until payments says it was sent. */
    DUE("Due"),
    SENT_FOR_PAYMENT("Sent for payment"),
    PAID("Paid"),
    /**
     * Not paid for now: no bank details to pay into (handed to payments once they are given), or the bank returned
     * the payment (payments reissues it once the family changes their bank details).
     */
    HELD("Held"),
    /** After the budget's end, or replaced before the agreement. */
    CANCELLED("Cancelled");

    public final String label;

    InstalmentState(String label) {
        this.label = label;
    }

    public Set<InstalmentState> next() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(DUE, HELD, CANCELLED);
            case DUE -> EnumSet.of(SENT_FOR_PAYMENT, PAID, HELD, CANCELLED);
            case HELD -> EnumSet.of(DUE, SENT_FOR_PAYMENT, PAID, CANCELLED);
            case SENT_FOR_PAYMENT -> EnumSet.of(PAID, HELD);
            case PAID, CANCELLED -> EnumSet.noneOf(InstalmentState.class);
        };
    }

    public boolean canMoveTo(InstalmentState state) {
        return next().contains(state);
    }

    /** Still to be paid: can be reduced for absence or cancelled at the end. */
    public boolean unpaid() {
        return this == SCHEDULED || this == HELD;
    }
}
