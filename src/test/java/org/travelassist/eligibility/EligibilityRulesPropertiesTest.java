package org.travelassist.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.eligibility.EligibilityResult.SchoolFinding;

/** What must hold for any set of schools: "nearer" is strict, ranks follow distance, officers get officers' words. */
class EligibilityRulesPropertiesTest {

    static final LocalDate TODAY = EligibilityRulesTest.TODAY;

    /** Distances from a few values only, so that ties are common. */
    @Provide
    Arbitrary<List<CandidateSchool>> schools() {
        Arbitrary<Distance> distance = Arbitraries.of(1, 2, 3, 4, 6).map(miles -> Distance.miles(miles))
                .injectDuplicates(0.3);
        Arbitrary<Boolean> special = Arbitraries.of(true, false, false, false);
        return Combinators.combine(distance, special).as((walk, isSpecial) -> new Object[] {walk, isSpecial})
                .list().ofMinSize(1).ofMaxSize(8)
                .map(rows -> {
                    var schools = new ArrayList<CandidateSchool>();
                    for (int i = 0; i < rows.size(); i++) {
                        Distance walk = (Distance) rows.get(i)[0];
                        schools.add(new CandidateSchool("U" + i, "School " + i, true, false, (Boolean) rows.get(i)[1], false, 4, 11,
                                "Mixed", null, walk, walk));
                    }
                    return List.copyOf(schools);
                });
    }

    @Property
    void a_school_is_the_nearest_exactly_when_no_suitable_school_is_strictly_nearer(@ForAll("schools") List<CandidateSchool> schools,
            @ForAll @IntRange(min = 0, max = 7) int pick) {
        CandidateSchool chosen = schools.get(pick % schools.size());
        var q = new EligibilityQuestion(LocalDate.of(2017, 1, 1), TODAY, chosen.urn(), false, null, null, true, null, List.of(), null);
        EligibilityResult result = EligibilityRules.assess(q, schools, EligibilityRulesTest.BIRTHDAY, "walking", false);

        boolean strictlyNearer = schools.stream().anyMatch(s -> !s.special() && chosen.walking().isMoreThan(s.walking()));
        boolean beyond = chosen.walking().isMoreThan(Distance.THREE_MILES);
        assertThat(result.met(Category.C)).isEqualTo(!chosen.special() && !strictlyNearer && beyond);
        for (var finding : result.categories()) {
            if (finding.reason().contains(" is nearer (")) {
                String named = finding.reason().substring(0, finding.reason().indexOf(" is nearer ("));
                CandidateSchool nearer = schools.stream().filter(s -> s.name().equals(named)).findFirst().orElseThrow();
                assertThat(chosen.walking().isMoreThan(nearer.walking())).as("%s is claimed nearer", named).isTrue();
            }
        }
    }

    @Property
    void each_suitable_school_ranks_one_more_than_the_suitable_schools_strictly_nearer(@ForAll("schools") List<CandidateSchool> schools) {
        var q = EligibilityQuestion.of(LocalDate.of(2017, 1, 1), TODAY, null);
        List<SchoolFinding> considered = EligibilityRules.consider(q, schools);
        for (SchoolFinding school : considered) {
            long nearer = considered.stream().filter(s -> s.suitable() && school.walking().isMoreThan(s.walking())).count();
            assertThat(school.rank()).isEqualTo(school.suitable() ? (int) nearer + 1 : 0);
        }
    }

    @Property
    void an_officer_is_never_addressed_as_the_parent(@ForAll("schools") List<CandidateSchool> schools,
            @ForAll boolean needs, @ForAll boolean lowIncome, @ForAll @IntRange(min = 5, max = 17) int age,
            @ForAll @Size(max = 1) List<@IntRange(min = 0, max = 7) Integer> marked) {
        var marks = marked.stream().filter(i -> i < schools.size())
                .map(i -> new SchoolMark("U" + i, SchoolMark.Kind.NO_PLACE_AVAILABLE, "Full")).toList();
        var q = new EligibilityQuestion(TODAY.minusYears(age).minusDays(10), TODAY, null, needs, null, null, lowIncome, null, List.of(), null)
                .withSchoolMarks(marks);
        EligibilityResult result = EligibilityRules.assess(q, schools, EligibilityRulesTest.BIRTHDAY, "walking", false, Audience.OFFICER);
        assertThat(EligibilityRulesTest.texts(result)).noneMatch(text -> text.matches("(?i).*\\b(your child|tell us|you apply|you did not|you get|you want)\\b.*"));
    }
}
