package org.travelassist.eligibility;

import java.util.Optional;

/**
 * What another module can add to the checker's answer for a child who looks eligible: budgets says what a personal
 * transport budget would be worth. Eligibility knows only this interface, so it never depends on the modules that
 * implement it.
 */
public interface CheckEstimates {

    /** An estimate for this answer, or empty when there is nothing to say. */
    Optional<Estimate> estimate(EligibilityResult result);

    /**
     * @param heading what it is, as a heading ("What a travel budget would be worth")
     * @param text the estimate in a sentence or two, labelled as an estimate
     */
    record Estimate(String heading, String text) {}
}
