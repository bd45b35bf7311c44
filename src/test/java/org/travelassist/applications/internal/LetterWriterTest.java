package org.travelassist.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.travelassist.eligibility.Distance;
import org.travelassist.eligibility.EligibilityQuestion;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityResult.Outcome;
import org.travelassist.eligibility.EligibilityResult.SchoolFinding;

/** Which schools a letter names, and its sentences: pure rules, no Spring. */
class LetterWriterTest {

    static final LocalDate BORN = LocalDate.of(2014, 3, 1);

    @Test
    void the_letter_names_the_nearest_suitable_school_the_nearer_unsuitable_ones_and_the_school_applied_for() {
        var primary = school("1", "Oakham Primary", false, 0.4);
        var grammar = school("2", "A Grammar School", false, 0.9);
        var nearest = school("3", "Catmose College", true, 1.1);
        var next = school("4", "Uppingham Community College", true, 6.0);
        var applied = school("5", "Casterton College", true, 9.5);
        var farPrimary = school("6", "A primary 14 miles away", false, 14.0);
        var result = result(false, applied, List.of(primary, grammar, nearest, next, applied, farPrimary));

        assertThat(LetterWriter.decidingSchools(result)).extracting(SchoolFinding::name)
                .containsExactly("Oakham Primary", "A Grammar School", "Catmose College", "Casterton College");
        var route = LetterWriter.route(result);
        assertThat(route).isNotNull();
        assertThat(route.annex()).isTrue();
        assertThat(route.allSchools()).hasSize(6);
    }

    @Test
    void two_schools_equally_near_are_both_named_and_low_income_counts_the_three_nearest() {
        var one = school("1", "Equal One", true, 2.5);
        var two = school("2", "Equal Two", true, 2.5);
        var third = school("3", "Third", true, 4.0);
        var fourth = school("4", "Fourth", true, 5.0);
        var unsuitable = school("5", "Unsuitable between", false, 3.0);
        var schools = List.of(fourth, third, unsuitable, two, one);

        assertThat(LetterWriter.decidingSchools(result(false, one, schools))).extracting(SchoolFinding::name)
                .containsExactly("Equal One", "Equal Two");
        assertThat(LetterWriter.decidingSchools(result(true, one, schools))).extracting(SchoolFinding::name)
                .containsExactly("Equal One", "Equal Two", "Unsuitable between", "Third");
    }

    @Test
    void when_every_school_considered_is_named_there_is_no_annex() {
        var only = school("1", "Catmose College", true, 1.1);
        var route = LetterWriter.route(result(false, only, List.of(only)));
        assertThat(route).isNotNull();
        assertThat(route.annex()).isFalse();
        assertThat(route.method()).isEqualTo("Measured along paths and the shortest road route");
    }

    @Test
    void text_that_ends_with_its_own_full_stop_loses_it_before_the_template_adds_one() {
        assertThat(LetterWriter.sentence("Limits are measured by the shortest road route. ")).isEqualTo("Limits are measured by the shortest road route");
        assertThat(LetterWriter.sentence("No stop")).isEqualTo("No stop");
    }

    static SchoolFinding school(String urn, String name, boolean suitable, double miles) {
        return new SchoolFinding(urn, name, suitable, suitable ? "Suitable." : "Not suitable: wrong age range.", 0,
                Distance.metres(miles * 1609.344), null, EligibilityResult.Measure.ROUTE);
    }

    static EligibilityResult result(boolean lowIncome, SchoolFinding school, List<SchoolFinding> considered) {
        var question = new EligibilityQuestion(BORN, LocalDate.of(2026, 12, 1), school.urn(), false, null, null, lowIncome, null, List.of(), null);
        var byDistance = new ArrayList<>(considered);
        return new EligibilityResult(question, Outcome.NOT_ELIGIBLE, "", List.of(), school, byDistance, 12, Distance.THREE_MILES,
                "RUTLAND-2026-1", "Measured along paths and the shortest road route.", false, List.of());
    }
}
