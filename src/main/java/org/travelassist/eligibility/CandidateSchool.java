package org.travelassist.eligibility;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityResult.Measure;

/**
 * A school the child could attend, with what the rules need to know about it and the distances from home.
 *
 * @param qualifying a qualifying school under Schedule 35B para 15(2) (maintained, academy, PRU, non-maintained special)
 * @param independent an independent school: qualifying only when an EHC plan names it alone or as the nearest
 * @param special a special school: suitable only for a child whose EHC plan names it
 * @param lowAge the statutory low age; the school takes children from this age at the start of the school year
 * @param highAge the statutory high age; the school's last year group is the one that turns this age
 * @param gender "Mixed", "Boys" or "Girls", as GIAS gives it
 * @param religiousCharacter as GIAS gives it, joint characters with a slash ("Church of England/Roman Catholic");
 *     null or "Does not apply" for none
 * @param walking the shortest walking route (or straight line, when routes are indicative)
 * @param road the shortest road route, for the 6- and 15-mile limits of the low-income rules; null when not
 *     measured because no rule needs it
 * @param walkingMeasure {@link Measure#STRAIGHT_LINE} when the router found no walking route to this school and the
 *     straight line stands in, for an officer to check
 */
public record CandidateSchool(
        String urn,
        String name,
        boolean qualifying,
        boolean independent,
        boolean special,
        boolean selective,
        int lowAge,
        int highAge,
        String gender,
        @Nullable String religiousCharacter,
        Distance walking,
        @Nullable Distance road,
        Measure walkingMeasure) {

    /** A school whose walking distance is a measured route. */
    public CandidateSchool(String urn, String name, boolean qualifying, boolean independent, boolean special, boolean selective,
            int lowAge, int highAge, String gender, @Nullable String religiousCharacter, Distance walking, @Nullable Distance road) {
        this(urn, name, qualifying, independent, special, selective, lowAge, highAge, gender, religiousCharacter, walking, road, Measure.ROUTE);
    }

    public CandidateSchool withWalking(Distance distance) {
        return new CandidateSchool(urn, name, qualifying, independent, special, selective, lowAge, highAge, gender, religiousCharacter,
                distance, road, walkingMeasure);
    }

    /** A joint-denomination school (e.g. Church of England and Roman Catholic) has the character of each. */
    public static List<String> religiousCharacters(@Nullable String religiousCharacter) {
        if (religiousCharacter == null || religiousCharacter.isBlank() || "Does not apply".equalsIgnoreCase(religiousCharacter.strip())) {
            return List.of();
        }
        return Arrays.stream(religiousCharacter.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    boolean hasReligiousCharacter(String religion) {
        return religiousCharacters(religiousCharacter).stream().anyMatch(r -> r.equalsIgnoreCase(religion.strip()));
    }

    boolean singleSex() {
        return !gender.isBlank() && !"Mixed".equalsIgnoreCase(gender.strip());
    }
}
