package org.travelassist.claims;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an allowance pays, fixed when it was set up from the decision and the policy then in force.
 *
 * @param oneWayMilesHundredths the stored shortest road route, home to school, in hundredths of a mile (5.10 miles is 510)
 * @param startsOn the agreement date: no journey before it is paid (claims are not backdated)
 */
public record AllowanceTerms(long oneWayMilesHundredths, int ratePence, MileagePolicy.@Nullable HigherRate higherRate,
        int fullDayLegs, int halfDayLegs, LocalDate startsOn) {

    public AllowanceTerms {
        if (oneWayMilesHundredths <= 0 || ratePence <= 0 || fullDayLegs <= 0 || halfDayLegs <= 0) {
            throw new IllegalArgumentException("An allowance needs a positive distance, rate and legs");
        }
    }
}
