package org.travelassist.eligibility;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityQuestion.Sex;
import org.travelassist.shared.Postcode;

/**
 * What a family tells the public checker.
 *
 * @param schoolUrn the school the child goes to or will go to; null for "not decided yet"
 * @param religionOrBelief the religious character of school wanted on grounds of religion or belief, if any
 * @param sex the child's sex if the family says; it matters only for single-sex schools
 */
public record CheckRequest(
        Postcode postcode,
        LocalDate dateOfBirth,
        @Nullable String schoolUrn,
        boolean senDisabilityOrMobility,
        boolean lowIncome,
        @Nullable String religionOrBelief,
        @Nullable Sex sex) {

    /** A request that does not say the child's sex. */
    public CheckRequest(Postcode postcode, LocalDate dateOfBirth, @Nullable String schoolUrn, boolean senDisabilityOrMobility,
            boolean lowIncome, @Nullable String religionOrBelief) {
        this(postcode, dateOfBirth, schoolUrn, senDisabilityOrMobility, lowIncome, religionOrBelief, null);
    }
}
