package org.travelassist.budgets;

import java.util.EnumSet;
import java.util.Set;

/** Where a budget stands. The moves between states are here, in one place; the aggregate refuses any other. */
public enum BudgetState {
    /** Worked out from the decision; the officer checks it, may adjust it with a reason, and sends it. */
    DRAFT("Being prepared", "The council is preparing the offer."),
    /** Sent to the family, who may accept or decline it. */
    OFFERED("Offer sent", "The offer is waiting for a parent to accept or decline it."),
    /** A parent accepted it: the agreement and its schedule stand, whatever a later policy says. */
    ACCEPTED("Agreed", "The agreement stands and is paid on the dates in the schedule."),
    /** A parent declined it: the council arranges other transport. */
    DECLINED("Declined", "The family declined the budget; the council arranges other transport."),
    /** Replaced by a revised decision, or no longer offered, before it was accepted. */
    WITHDRAWN("Withdrawn", "The council withdrew this offer."),
    /** Notice was given: paid until the end date; later instalments are cancelled. */
    ENDING("Ending", "Notice was given: the budget ends on the date shown."),
    /** Next year's budget, offered before the policy year ended, that no parent confirmed in time: it was not renewed. */
    LAPSED("Not confirmed", "Next year's budget was not confirmed before the policy year ended, so the budget was not renewed.");

    public final String label;
    public final String meaning;

    BudgetState(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public Set<BudgetState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OFFERED, WITHDRAWN, LAPSED);
            case OFFERED -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN, LAPSED);
            case ACCEPTED -> EnumSet.of(ENDING);
            case DECLINED, WITHDRAWN, ENDING, LAPSED -> EnumSet.noneOf(BudgetState.class);
        };
    }

    public boolean canMoveTo(BudgetState state) {
        return next().contains(state);
    }

    /** An agreement that is paid: accepted, or ending with notice. */
    public boolean agreed() {
        return this == ACCEPTED || this == ENDING;
    }
}
