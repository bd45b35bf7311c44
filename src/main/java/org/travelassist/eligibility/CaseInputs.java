package org.travelassist.eligibility;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityQuestion.Sex;

/**
 * What an application adds to the checker's questions: the schools the child's EHC plan names, and the officer's
 * judgements. Null means "not judged yet".
 *
 * @param cannotWalk category A: because of SEN, disability or mobility the child cannot reasonably walk
 * @param routeUnsafe category B: the route safety assessment found no walking route safe
 * @param sex the child's sex, which matters only for single-sex schools
 * @param suitableForSelectiveSchool assessed as suitable for a grammar school
 * @param schoolMarks nearer schools with no place, or that cannot meet the child's needs, each with the reason
 */
public record CaseInputs(
        @Nullable Boolean cannotWalk,
        @Nullable Boolean routeUnsafe,
        List<String> ehcpNamedSchoolUrns,
        @Nullable Sex sex,
        @Nullable Boolean suitableForSelectiveSchool,
        List<SchoolMark> schoolMarks) {

    public static final CaseInputs NONE = new CaseInputs(null, null, List.of(), null, null, List.of());

    public CaseInputs {
        ehcpNamedSchoolUrns = ehcpNamedSchoolUrns == null ? List.of() : List.copyOf(ehcpNamedSchoolUrns);
        schoolMarks = schoolMarks == null ? List.of() : List.copyOf(schoolMarks);
    }

    public static CaseInputs judged(@Nullable Boolean cannotWalk, @Nullable Boolean routeUnsafe) {
        return new CaseInputs(cannotWalk, routeUnsafe, List.of(), null, null, List.of());
    }

    public CaseInputs withEhcpNamedSchools(List<String> urns) {
        return new CaseInputs(cannotWalk, routeUnsafe, urns, sex, suitableForSelectiveSchool, schoolMarks);
    }

    public CaseInputs withSuitability(@Nullable Sex sex, @Nullable Boolean suitableForSelectiveSchool, List<SchoolMark> schoolMarks) {
        return new CaseInputs(cannotWalk, routeUnsafe, ehcpNamedSchoolUrns, sex, suitableForSelectiveSchool, schoolMarks);
    }
}
