package org.travelassist.applications;

import java.util.List;
import java.util.UUID;

/**
 * What happens after a decision in another module — a personal transport budget's offer, a mileage allowance —
 * shown on the officer's case page and the family's tracker. Budgets and claims implement this as Spring beans;
 * applications knows only the interface, so it never depends on them. An implementation checks access itself and
 * returns nothing the signed-in person may not see.
 */
public interface DecisionFollowUps {

    List<FollowUp> forApplication(UUID applicationId, Viewer viewer);

    enum Viewer {
        FAMILY,
        OFFICER
    }

    /**
     * @param title what it is ("Personal transport budget")
     * @param state where it stands, in a sentence ("Offer sent: £1,824.00 a year, paid in 3 instalments")
     * @param path the portal page that shows it, relative ("budgets/…")
     * @param linkText the link's words, unique on the page ("View the budget offer")
     */
    record FollowUp(String title, String state, String path, String linkText) {}
}
