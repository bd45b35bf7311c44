package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.travelassist.reporting.ReassessmentRules.LastRun;
import org.travelassist.reporting.ReassessmentRules.Reason;

class ReassessmentRulesTest {

    private final PolicyYear year = PolicyYear.containing(LocalDate.of(2027, 9, 1), 9);

    @Test
    void the_first_night_ever_runs_it_for_the_policy_year() {
        assertThat(ReassessmentRules.due(null, year, "RUTLAND-2027-1")).contains(Reason.POLICY_YEAR);
    }

    @Test
    void the_first_night_of_a_policy_year_runs_it_when_the_last_run_was_in_the_year_before() {
        assertThat(ReassessmentRules.due(new LastRun(LocalDate.of(2027, 8, 31), "RUTLAND-2027-1"), year, "RUTLAND-2027-1"))
                .contains(Reason.POLICY_YEAR);
    }

    @Test
    void a_policy_change_runs_it_even_within_the_year() {
        assertThat(ReassessmentRules.due(new LastRun(LocalDate.of(2027, 9, 1), "RUTLAND-2026-1"), year, "RUTLAND-2027-1"))
                .contains(Reason.POLICY_CHANGED);
    }

    @Test
    void nothing_is_due_after_a_run_this_year_under_todays_policy() {
        assertThat(ReassessmentRules.due(new LastRun(LocalDate.of(2027, 9, 1), "RUTLAND-2027-1"), year, "RUTLAND-2027-1")).isEmpty();
    }
}
