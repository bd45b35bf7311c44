package org.travelassist.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.eligibility.EligibilityResult.SchoolFinding;

/**
 * What must hold for any set of schools, not just the ones we thought of: "nearer" is strict, ranks follow
 * distance, and officers are never addressed as the parent (QuickTheories, a thousand cases per property).
 */
class EligibilityRulesPropertyTest {

    static final LocalDate TODAY = EligibilityRulesTest.TODAY;

    /**
     * Up to eight primary schools at 1 to 5 miles, so ties are common; codes 10 and 11 make a special school, which
     * is not suitable without an EHC plan.
     */
    static Gen<List<CandidateSchool>> schools() {
        return lists().of(integers().between(0, 11)).ofSizeBetween(1, 8).map(codes -> {
            var schools = new ArrayList<CandidateSchool>();
            for (int i = 0; i < codes.size(); i++) {
                Distance walk = Distance.miles(codes.get(i) % 5 + 1);
                schools.add(new CandidateSchool("U" + i, "School " + i, true, false, codes.get(i) >= 10, false, 4, 11, "Mixed", null,
                        walk, walk));
            }
            return List.copyOf(schools);
        });
    }

    @Test
    void a_school_is_the_nearest_exactly_when_no_suitable_school_is_strictly_nearer() {
        qt().forAll(schools(), integers().between(0, 7)).checkAssert((schools, pick) -> {
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
        });
    }

    @Test
    void each_suitable_school_ranks_one_more_than_the_suitable_schools_strictly_nearer() {
        qt().forAll(schools()).checkAssert(schools -> {
            List<SchoolFinding> considered = EligibilityRules.consider(EligibilityQuestion.of(LocalDate.of(2017, 1, 1), TODAY, null), schools);
            for (SchoolFinding school : considered) {
                long nearer = considered.stream().filter(s -> s.suitable() && school.walking().isMoreThan(s.walking())).count();
                assertThat(school.rank()).isEqualTo(school.suitable() ? (int) nearer + 1 : 0);
            }
        });
    }

    @Test
    void an_officer_is_never_addressed_as_the_parent() {
        // flags: bit 0 for special needs, bit 1 for low income
        qt().forAll(schools(), integers().between(0, 3), integers().between(5, 17), integers().between(-1, 7))
                .checkAssert((schools, flags, age, marked) -> {
                    boolean needs = (flags & 1) != 0;
                    boolean lowIncome = (flags & 2) != 0;
                    var marks = marked >= 0 && marked < schools.size()
                            ? List.of(new SchoolMark("U" + marked, SchoolMark.Kind.NO_PLACE_AVAILABLE, "Full")) : List.<SchoolMark>of();
                    var q = new EligibilityQuestion(TODAY.minusYears(age).minusDays(10), TODAY, null, needs, null, null, lowIncome, null,
                            List.of(), null).withSchoolMarks(marks);
                    EligibilityResult result = EligibilityRules.assess(q, schools, EligibilityRulesTest.BIRTHDAY, "walking", false,
                            Audience.OFFICER);
                    assertThat(EligibilityRulesTest.texts(result))
                            .noneMatch(text -> text.matches("(?i).*\\b(your child|tell us|you apply|you did not|you get|you want)\\b.*"));
                });
    }
}
