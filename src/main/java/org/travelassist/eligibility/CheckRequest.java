package org.travelassist.eligibility;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Postcode;

/**
 * What a family tells the public checker.
 *
 * @param schoolUrn the school the child goes to or will go to; null for "not decided yet"
 * @param religionOrBelief the religious character of school wanted on grounds of religion or belief, if any
 */
public record CheckRequest(
        Postcode postcode,
        LocalDate dateOfBirth,
        @Nullable String schoolUrn,
        boolean senDisabilityOrMobility,
        boolean lowIncome,
        @Nullable String religionOrBelief) {}
