package org.travelassist.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Money;

/**
 * A mileage allowance as the family and officers see it.
 *
 * @param oneWayMilesHundredths the stored shortest road route in hundredths of a mile
 * @param applicationIds the decisions it comes from
 */
public record AllowanceDetails(UUID id, UUID householdId, String schoolUrn, String schoolName, List<String> childNames,
        List<UUID> applicationIds, long roadMetres, long oneWayMilesHundredths, String distanceMethod, boolean indicative,
        AllowanceTerms terms, String rate, String policyVersion, AllowanceStatus status, @Nullable Instant acceptedAt,
        @Nullable String acceptedByName) {

    public AllowanceDetails {
        childNames = List.copyOf(childNames);
        applicationIds = List.copyOf(applicationIds);
    }

    /** "5.10 miles". */
    public String miles() {
        return MileageRules.miles(oneWayMilesHundredths) + " miles";
    }

    public LocalDate startsOn() {
        return terms.startsOn();
    }

    public String children() {
        return childNames.size() <= 1 ? String.join("", childNames)
                : String.join(", ", childNames.subList(0, childNames.size() - 1)) + " and " + childNames.getLast();
    }

    /** What a day with both school runs pays, before any second rate: "4 legs × 5.10 miles × 45p = £9.18". */
    public String fullDay() {
        return MileageRules.price(terms, List.of(new MileageAssessment.AcceptedDay(terms.startsOn(), Journeys.BOTH, terms.fullDayLegs())), 0)
                .lines().getFirst().text().replaceFirst("^1 day × ", "");
    }

    public Money fullDayAmount() {
        return MileageRules.price(terms, List.of(new MileageAssessment.AcceptedDay(terms.startsOn(), Journeys.BOTH, terms.fullDayLegs())), 0).total();
    }

    public boolean accepted() {
        return status == AllowanceStatus.ACCEPTED;
    }
}
