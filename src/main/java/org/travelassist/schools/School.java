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
        boolean selective) {

    public School {
        senProvision = List.copyOf(senProvision);
    }
}
