package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.travelassist.reporting.PhaseMoves.Phase;

class PhaseMovesTest {

    private static final PolicyYear YEAR_2026_27 = PolicyYear.containing(LocalDate.of(2026, 10, 1), 9);
    /** In Year 6 in 2025 to 2026, Year 7 from 1 September 2026. */
    private static final LocalDate YEAR_7_BORN = LocalDate.of(2015, 3, 1);
    /** In Year 11 in 2025 to 2026, Year 12 from 1 September 2026. */
    private static final LocalDate YEAR_12_BORN = LocalDate.of(2010, 3, 1);
    private static final LocalDate DECIDED_LAST_YEAR = LocalDate.of(2026, 1, 15);

    @Test
    void a_child_decided_in_year_6_who_is_in_year_7_now_moved_up_and_a_primary_school_no_longer_fits() {
        var move = PhaseMoves.since(YEAR_7_BORN, DECIDED_LAST_YEAR, YEAR_2026_27, "Oakham Primary",
                new PhaseMoves.School("Oakham Church of England Primary School", 4, 11)).orElseThrow();

        assertThat(move.from()).isEqualTo(Phase.PRIMARY);
        assertThat(move.to()).isEqualTo(Phase.SECONDARY);
        assertThat(move.label()).isEqualTo("Year 6 to Year 7");
        assertThat(move.on()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(move.schoolStillFits()).isFalse();
        assertThat(move.why()).isEqualTo("Moved from Year 6 to Year 7 on 1 September 2026, since the decision in Year 6. "
                + "Oakham Church of England Primary School (ages 4 to 11) does not take Year 7, so the stored school no longer fits. "
                + "The family must apply for travel to the child's secondary school.");
    }

    @Test
    void an_all_through_school_still_fits_year_7_but_the_rules_for_age_11_and_over_apply() {
        var move = PhaseMoves.since(YEAR_7_BORN, DECIDED_LAST_YEAR, YEAR_2026_27, null, new PhaseMoves.School("All Through Academy", 4, 19))
                .orElseThrow();

        assertThat(move.schoolStillFits()).isTrue();
        assertThat(move.why()).contains("All Through Academy (ages 4 to 19) still takes Year 7.")
                .contains("low-income categories for age 11 and over (D2, D3) apply instead of D1");
    }

    @Test
    void a_child_decided_in_year_11_who_is_in_year_12_now_is_post_16_even_where_the_school_has_a_sixth_form() {
        var sixthForm = PhaseMoves.since(YEAR_12_BORN, DECIDED_LAST_YEAR, YEAR_2026_27, null, new PhaseMoves.School("Casterton College", 11, 19))
                .orElseThrow();
        var noSixthForm = PhaseMoves.since(YEAR_12_BORN, DECIDED_LAST_YEAR, YEAR_2026_27, null, new PhaseMoves.School("Catmose College", 11, 16))
                .orElseThrow();

        assertThat(sixthForm.to()).isEqualTo(Phase.POST_16);
        assertThat(sixthForm.label()).isEqualTo("Year 11 to Year 12");
        assertThat(sixthForm.schoolStillFits()).isTrue();
        assertThat(sixthForm.why()).contains("still takes Year 12")
                .contains("Compulsory school age ended on 26 June 2026, so the statutory categories no longer apply")
                .contains("post-16 transport policy statement").endsWith("the family must apply again.");
        assertThat(noSixthForm.schoolStillFits()).isFalse();
        assertThat(noSixthForm.why()).contains("Catmose College (ages 11 to 16) does not take Year 12");
    }

    @Test
    void nobody_moved_within_a_phase_or_when_decided_in_the_same_school_year() {
        assertThat(PhaseMoves.since(LocalDate.of(2013, 3, 1), DECIDED_LAST_YEAR, YEAR_2026_27, null, null)).as("Year 8 to 9").isEmpty();
        assertThat(PhaseMoves.since(YEAR_7_BORN, LocalDate.of(2026, 9, 20), YEAR_2026_27, null, null)).as("decided in Year 7").isEmpty();
        assertThat(PhaseMoves.since(LocalDate.of(2016, 3, 1), DECIDED_LAST_YEAR, YEAR_2026_27, null, null)).as("Year 5 to 6").isEmpty();
    }

    @Test
    void a_decision_two_years_old_still_lists_the_move_with_the_day_it_happened() {
        var move = PhaseMoves.since(LocalDate.of(2014, 3, 1), LocalDate.of(2025, 1, 10), YEAR_2026_27, "Gone School", null).orElseThrow();

        assertThat(move.label()).isEqualTo("Year 6 to Year 7");
        assertThat(move.on()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(move.yearNow()).isEqualTo(8);
        assertThat(move.schoolStillFits()).isNull();
        assertThat(move.why()).startsWith("Moved from Year 6 to Year 7 on 1 September 2025 (now Year 8), since the decision in Year 6. ")
                .contains("Gone School is not in the school register");
    }

    @Test
    void only_a_child_in_year_11_is_due_to_apply_again_for_post_16() {
        LocalDate june = LocalDate.of(2026, 6, 1);
        assertThat(PhaseMoves.dueToReapplyForPost16(YEAR_12_BORN, june)).isTrue();
        assertThat(PhaseMoves.dueToReapplyForPost16(YEAR_12_BORN.plusYears(1), june)).as("Year 10").isFalse();
        assertThat(PhaseMoves.dueToReapplyForPost16(YEAR_12_BORN.minusYears(1), june)).as("Year 12").isFalse();
    }
}
