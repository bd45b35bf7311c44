package org.travelassist.eligibility.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.Distance;
import org.travelassist.eligibility.EligibilityCheck;
import org.travelassist.eligibility.EligibilityResult;

/** The provisional answer, as the checker page shows it. Distances in metres and in miles to two places. */
@Schema(description = "A provisional eligibility answer: the council decides when the family applies")
record CheckResponse(
        boolean provisional,
        String outcome,
        String summary,
        @Schema(description = "True when distances are straight lines: indicative, not a measured route") boolean indicative,
        String distanceMethod,
        String policyVersion,
        int ageUsed,
        DistanceJson walkingLimit,
        @Nullable SchoolJson school,
        List<CategoryJson> categories,
        List<SchoolJson> schoolsConsidered,
        HomeJson home,
        @Schema(description = "The walking route as [latitude, longitude] pairs; empty when not measured") List<double[]> walkingRoute,
        String attribution) {

    record DistanceJson(long metres, BigDecimal miles) {
        static DistanceJson of(Distance distance) {
            return new DistanceJson(distance.metresRounded(), distance.milesRounded());
        }
    }

    /** @param road absent when not measured: only the low-income rules and the school in question need it */
    record SchoolJson(String urn, String name, boolean suitable, String reason, int rank, DistanceJson walking, @Nullable DistanceJson road) {
        static SchoolJson of(EligibilityResult.SchoolFinding school) {
            return new SchoolJson(school.urn(), school.name(), school.suitable(), school.reason(), school.rank(),
                    DistanceJson.of(school.walking()), school.road() == null ? null : DistanceJson.of(school.road()));
        }
    }

    record CategoryJson(String category, String title, String finding, String reason) {}

    record HomeJson(String postcode, double latitude, double longitude, String measuredFrom) {}

    static CheckResponse of(EligibilityCheck check) {
        EligibilityResult result = check.result();
        return new CheckResponse(true, result.outcome().name(), result.summary(), result.indicative(), result.distanceMethod(),
                result.policyVersion(), result.ageUsed(), DistanceJson.of(result.walkingLimit()),
                result.school() == null ? null : SchoolJson.of(result.school()),
                result.categories().stream().map(c -> new CategoryJson(c.category().name(), c.category().title, c.finding().name(), c.reason())).toList(),
                result.schoolsConsidered().stream().map(SchoolJson::of).toList(),
                new HomeJson(check.home().postcode().value(), check.home().position().latitude(), check.home().position().longitude(), check.homePoint().name()),
                check.walkingRoute() == null ? List.of()
                        : check.walkingRoute().points().stream().map(p -> new double[] {p.latitude(), p.longitude()}).toList(),
                EligibilityCheck.MAP_ATTRIBUTION);
    }
}
