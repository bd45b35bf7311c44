package org.travelassist.contributions;

import java.util.Map;
import java.util.Set;

/** Where an instalment of a charge stands, and where it may go from there: the one table of its lifecycle. */
public enum InstalmentStatus {
    DUE("To pay"),
    PAID("Paid"),
    REFUNDED("Refunded");

    public final String label;

    InstalmentStatus(String label) {
        this.label = label;
    }

    private static final Map<InstalmentStatus, Set<InstalmentStatus>> NEXT = Map.of(
            DUE, Set.of(PAID),
            PAID, Set.of(REFUNDED),
            REFUNDED, Set.of());

    public boolean canBecome(InstalmentStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** A parent may pay it now. */
    public boolean payable() {
        return canBecome(PAID);
    }

    /** An officer may give it back. */
    public boolean refundable() {
        return canBecome(REFUNDED);
    }
}
