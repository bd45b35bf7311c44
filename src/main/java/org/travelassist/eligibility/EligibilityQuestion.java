package org.travelassist.eligibility;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the rules are asked about one child.
 *
 * @param chosenSchoolUrn the school the child attends or will attend; null when not decided, in which case the
 *     answer is for the nearest suitable school
 * @param officerFindsCannotWalk an officer's judgement (category A) that, because of SEN, disability or mobility,
 *     the child cannot reasonably be expected to walk; null until an officer decides
 * @param officerFindsRouteUnsafe an officer's route assessment (category B); null until assessed
 * @param lowIncome free school meals or the maximum Working Tax Credit
 * @param religionOrBelief the religious character of school the parent wants on grounds of religion or belief
 * @param ehcpNamedSchoolUrns the schools an EHC plan names, if the child has one
 * @param sex "Boys" or "Girls" to match single-sex schools; null when not known
 */
public record EligibilityQuestion(
        LocalDate dateOfBirth,
        LocalDate assessmentDate,
        @Nullable String chosenSchoolUrn,
        boolean senDisabilityOrMobility,
        @Nullable Boolean officerFindsCannotWalk,
        @Nullable Boolean officerFindsRouteUnsafe,
        boolean lowIncome,
        @Nullable String religionOrBelief,
        List<String> ehcpNamedSchoolUrns,
        @Nullable String sex) {

    public EligibilityQuestion {
        ehcpNamedSchoolUrns = List.copyOf(ehcpNamedSchoolUrns);
    }

    /** A question with only the essentials: no needs, no low income, no preference. */
    public static EligibilityQuestion of(LocalDate dateOfBirth, LocalDate assessmentDate, @Nullable String chosenSchoolUrn) {
        return new EligibilityQuestion(dateOfBirth, assessmentDate, chosenSchoolUrn, false, null, null, false, null, List.of(), null);
    }
}
