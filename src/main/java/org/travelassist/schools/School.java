package org.travelassist.schools;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.places.GridReference;
import org.travelassist.places.LatLon;

/**
 * A school from the register, with what the travel rules need.
 *
 * @param qualifying a qualifying school under Schedule 35B para 15(2): maintained, academy or free school, pupil
 *     referral unit, non-maintained special school, maintained nursery, city technology college
 * @param lowAge statutory low age
 * @param highAge statutory high age
 * @param accessPoints the gates officers have recorded; empty when none
 */
public record School(
        String urn,
        String name,
        String type,
        String phase,
        int lowAge,
        int highAge,
        String gender,
        @Nullable String religiousCharacter,
        List<String> senProvision,
        @Nullable String postcode,
        @Nullable String town,
        GridReference grid,
        LatLon position,
        boolean qualifying,
        boolean independent,
        boolean special,
        boolean selective,
        List<AccessPoint> accessPoints) {

    public School {
        senProvision = List.copyOf(senProvision);
        accessPoints = List.copyOf(accessPoints);
    }

    /** Where distances are measured to: the council's gates, or the school's GIAS point when it has none. */
    public List<AccessPoint> entrances() {
        return accessPoints.isEmpty()
                ? List.of(new AccessPoint(new java.util.UUID(0, 0), "School (no gate recorded)", grid, position))
                : accessPoints;
    }
}
