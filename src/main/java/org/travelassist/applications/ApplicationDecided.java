package org.travelassist.applications;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityResult.Category;

/**
 * An application's entitlement was decided: when an officer first decides, and again when an officer records the
 * revised offer after a review or appeal changed the decision. It carries every fact a listener needs (budgets,
 * claims, payments, reporting), so no listener ever calls back into applications. Published in the transaction
 * that decided; delivered through the event publication registry.
 *
 * @param decidedOn the date of the decision (or of the revised offer), in England
 * @param category the statutory category an eligible child meets; null when not eligible
 * @param offers what the council offers; empty when not eligible
 * @param distances the distances the decision was based on, as measured when it was made
 */
public record ApplicationDecided(UUID applicationId, String reference, UUID householdId, UUID childId, String childName,
        @Nullable String schoolUrn, @Nullable String schoolName, Occasion occasion, boolean eligible, @Nullable Category category,
        Set<Offer> offers, LocalDate decidedOn, Distances distances, UUID decidedBy, String decidedByName) {

    public ApplicationDecided {
        offers = Set.copyOf(offers);
    }

    /** Why the entitlement was decided now. */
    public enum Occasion {
        /** The officer's first decision. */
        DECISION,
        /** A stage 1 review changed the decision and the officer recorded the revised offer. */
        REVISED_AFTER_REVIEW,
        /** The appeal panel changed the decision and the officer recorded the revised offer. */
        REVISED_AFTER_APPEAL
    }

    /**
     * @param walkingMetres the shortest walking route (or the straight line when {@code walkingStraightLine}); null
     *     when no school could be measured
     * @param roadMetres the shortest road route; null when not measured
     * @param measuredTo the school the distances run to
     * @param method how they were measured, in words ("Shortest walking route on OpenStreetMap …")
     * @param indicative every distance is a straight line, not a measured route
     * @param policyVersion the council policy the rules applied
     */
    public record Distances(@Nullable Long walkingMetres, @Nullable Long roadMetres, boolean walkingStraightLine,
            @Nullable String measuredTo, String method, boolean indicative, String policyVersion) {}
}
