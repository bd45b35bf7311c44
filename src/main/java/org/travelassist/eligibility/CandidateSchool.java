package org.travelassist.eligibility;

import org.jspecify.annotations.Nullable;

/**
 * A school the child could attend, with what the rules need to know about it and the distances from home.
 *
 * @param qualifying a qualifying school under Schedule 35B para 15(2) (maintained, academy, PRU, non-maintained special)
 * @param independent an independent school: qualifying only when an EHC plan names it alone or as the nearest
 * @param special a special school: suitable only for a child whose EHC plan names it
 * @param lowAge the statutory low age; the school takes children from this age at the start of the school year
 * @param highAge the statutory high age; the school's last year group is the one that turns this age
 * @param gender "Mixed", "Boys" or "Girls", as GIAS gives it
 * @param religiousCharacter as GIAS gives it; null or "Does not apply" for none
 * @param walking the shortest walking route (or straight line, when routes are indicative)
 * @param road the shortest road route, for the 6- and 15-mile limits of the low-income rules; null when not
 *     measured because no rule needs it
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
        @Nullable Distance road) {

    boolean hasReligiousCharacter(String religion) {
        return religiousCharacter != null && religiousCharacter.equalsIgnoreCase(religion.strip());
    }
}
