package org.travelassist.applications;

/** What the council can offer an eligible child (DOMAIN.md §3.2: the most cost-effective suitable mode). */
public enum Offer {
    PERSONAL_TRANSPORT_BUDGET("A personal transport budget"),
    MILEAGE_ALLOWANCE("A mileage allowance"),
    SHARED_VEHICLE("A seat on a shared vehicle"),
    BUS_OR_RAIL_PASS("A bus or rail pass"),
    TRAVEL_TRAINING("Independent travel training");

    public final String label;

    Offer(String label) {
        this.label = label;
    }
}
