package org.travelassist.applications;

/** What the council can offer an eligible child (DOMAIN.md §3.2: the most cost-effective suitable mode). */
public enum Offer {
    PERSONAL_TRANSPORT_BUDGET("A personal transport budget",
            "The council will send you a personal transport budget agreement with the amount and the dates it is paid. "
                    + "Payments start once you have accepted it and given the bank account to pay into."),
    MILEAGE_ALLOWANCE("A mileage allowance",
            "The council will send you the mileage rate, the distance it pays for and how to claim for the days your child goes to school."),
    SHARED_VEHICLE("A seat on a shared vehicle",
            "The council will arrange the transport and write to you, usually within 15 working days, with the pick-up time and place. "
                    + "Until then, take your child to school as you do now."),
    BUS_OR_RAIL_PASS("A bus or rail pass", "The council will post the pass to your home, usually within 10 working days."),
    TRAVEL_TRAINING("Independent travel training", "A travel trainer will contact you to arrange a first meeting with you and your child.");

    public final String label;
    /** For the family's tracker, in a sentence or two; the decision letter (letters/offer.mustache) says it in full. */
    public final String whatHappensNext;

    Offer(String label, String whatHappensNext) {
        this.label = label;
        this.whatHappensNext = whatHappensNext;
    }
}
