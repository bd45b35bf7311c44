package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PolicyYearTest {

    @Test
    void an_english_policy_year_runs_from_1_september_to_31_august() {
        var year = PolicyYear.containing(LocalDate.of(2027, 3, 15), 9);
        assertThat(year.first()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(year.last()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(year.label()).isEqualTo("2026 to 2027");
        assertThat(year.months()).hasSize(12).startsWith(YearMonth.of(2026, 9)).endsWith(YearMonth.of(2027, 8));
    }

    @Test
    void the_first_day_of_the_starting_month_belongs_to_the_new_year_and_the_day_before_to_the_old() {
        assertThat(PolicyYear.containing(LocalDate.of(2026, 9, 1), 9).first()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(PolicyYear.containing(LocalDate.of(2026, 8, 31), 9).first()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void a_council_whose_year_starts_in_april_has_april_to_march() {
        var year = PolicyYear.containing(LocalDate.of(2027, 2, 1), 4);
        assertThat(year.first()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(year.last()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(year.previous()).isEqualTo(PolicyYear.containing(LocalDate.of(2025, 12, 1), 4));
    }

    @Test
    void a_year_starting_in_january_is_one_calendar_year() {
        assertThat(PolicyYear.containing(LocalDate.of(2027, 6, 1), 1).label()).isEqualTo("2027");
    }

    @Test
    void a_month_that_does_not_exist_is_refused() {
        assertThatThrownBy(() -> PolicyYear.containing(LocalDate.of(2027, 6, 1), 13)).hasMessageContaining("1 to 12");
    }
}
