package org.travelassist.applications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an assessment and a decision were based on, as measured at the time: the engine's recommendation in words,
 * the distances to the school in question and how each was found, the walking route drawn on the map, every school
 * considered, and the policy applied. Applications owns this form and its stored layout ({@link #SCHEMA_VERSION}),
 * so a past decision can always be shown as it was made, whatever later happens to the engine's own types.
 *
 * @param measuredTo the school the distances run to; null when no school could be measured
 * @param home where distances start; null when nothing was measured
 * @param route the walking route's points, home first, school last; empty when distances are straight lines
 * @param method how the distances were measured, in a sentence ("Shortest walking route on OpenStreetMap …")
 * @param indicative every distance is a straight line, not a measured route
 */
public record MeasuredBasis(int schemaVersion, Instant measuredAt, String policyVersion, String summary, List<Finding> findings,
        List<String> forTheOfficer, String method, boolean indicative, @Nullable School measuredTo, @Nullable Point home,
        List<Point> route, List<School> schoolsConsidered) {

    /** The layout written today; a reader knows every layout ever written. */
    public static final int SCHEMA_VERSION = 1;

    public MeasuredBasis {
        findings = List.copyOf(findings);
        forTheOfficer = List.copyOf(forTheOfficer);
        route = List.copyOf(route);
        schoolsConsidered = List.copyOf(schoolsConsidered);
    }

    /** One category's finding in words: "C", "Beyond walking distance", "met", and why. */
    public record Finding(String category, String title, String finding, String reason) {}

    public record Point(double latitude, double longitude) {}

    /**
     * A school and its distances, in whole metres with the words people were shown.
     *
     * @param walkingStraightLine no walking route was found, so the straight line stands in
     * @param roadMetres null when the road distance was not measured
     */
    public record School(String urn, String name, long walkingMetres, String walkingLabel, boolean walkingStraightLine,
            @Nullable Long roadMetres, @Nullable String roadLabel, boolean suitable, String reason) {}

    /** Where the route ends: the school's point on the map; null without a route. */
    public @Nullable Point schoolPoint() {
        return route.isEmpty() ? null : route.getLast();
    }

    /** What differs from an earlier basis, in a sentence for the officer; "Nothing changed" when the same. */
    public String changesSince(@Nullable MeasuredBasis before) {
        if (before == null) {
            return "Measured for the first time: " + summary;
        }
        var changes = new ArrayList<String>();
        if (!Objects.equals(name(before.measuredTo), name(measuredTo))) {
            changes.add("measured to " + Objects.requireNonNullElse(name(measuredTo), "no school") + " instead of "
                    + Objects.requireNonNullElse(name(before.measuredTo), "no school"));
        }
        String walkingBefore = before.measuredTo == null ? null : before.measuredTo.walkingLabel();
        String walkingNow = measuredTo == null ? null : measuredTo.walkingLabel();
        if (!Objects.equals(walkingBefore, walkingNow)) {
            changes.add("walking distance " + Objects.requireNonNullElse(walkingNow, "not measured") + ", was "
                    + Objects.requireNonNullElse(walkingBefore, "not measured"));
        }
        String roadBefore = before.measuredTo == null ? null : before.measuredTo.roadLabel();
        String roadNow = measuredTo == null ? null : measuredTo.roadLabel();
        if (!Objects.equals(roadBefore, roadNow)) {
            changes.add("road distance " + Objects.requireNonNullElse(roadNow, "not measured") + ", was "
                    + Objects.requireNonNullElse(roadBefore, "not measured"));
        }
        if (!before.policyVersion.equals(policyVersion)) {
            changes.add("policy " + policyVersion + ", was " + before.policyVersion);
        }
        if (!before.summary.equals(summary)) {
            changes.add("recommendation now: " + summary);
        }
        if (changes.isEmpty()) {
            return "Nothing changed: " + summary;
        }
        return "Changed: " + String.join("; ", changes) + ".";
    }

    private static @Nullable String name(@Nullable School school) {
        return school == null ? null : school.name();
    }
}
