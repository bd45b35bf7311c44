package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.travelassist.shared.RetentionPolicy;

class RetentionRulesTest {

    @Test
    void a_childs_last_year_of_entitlement_ends_with_the_policy_year_their_compulsory_school_age_ends_in() {
        // Born 1 March 2000: compulsory school age ends on the last Friday in June 2016.
        assertThat(RetentionRules.lastYearOfEntitlementEnds(LocalDate.of(2000, 3, 1), LocalDate.of(2012, 5, 1), 9))
                .isEqualTo(LocalDate.of(2016, 8, 31));
    }

    @Test
    void a_later_decision_post_16_moves_the_end_to_that_decisions_year() {
        assertThat(RetentionRules.lastYearOfEntitlementEnds(LocalDate.of(2000, 3, 1), LocalDate.of(2018, 10, 1), 9))
                .isEqualTo(LocalDate.of(2019, 8, 31));
        assertThat(RetentionRules.lastYearOfEntitlementEnds(null, LocalDate.of(2018, 10, 1), 9)).as("no date of birth")
                .isEqualTo(LocalDate.of(2019, 8, 31));
    }

    @Test
    void a_record_goes_the_day_after_its_period_ends_and_not_on_it() {
        LocalDate ends = LocalDate.of(2016, 8, 31);
        assertThat(RetentionRules.expired(ends, Period.ofYears(6), LocalDate.of(2022, 8, 31))).isFalse();
        assertThat(RetentionRules.expired(ends, Period.ofYears(6), LocalDate.of(2022, 9, 1))).isTrue();
    }

    @Test
    void the_last_expired_financial_year_is_the_latest_31_march_kept_long_enough() {
        assertThat(RetentionRules.lastExpiredFinancialYearEnd(LocalDate.of(2026, 12, 1), Period.ofYears(6), 4))
                .isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(RetentionRules.lastExpiredFinancialYearEnd(LocalDate.of(2026, 4, 1), Period.ofYears(6), 4))
                .isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(RetentionRules.lastExpiredFinancialYearEnd(LocalDate.of(2026, 3, 31), Period.ofYears(6), 4))
                .as("31 March 2020 + 6 years is today: not yet").isEqualTo(LocalDate.of(2019, 3, 31));
    }

    @Test
    void a_period_is_said_in_words_and_none_may_be_nothing() {
        assertThat(RetentionPolicy.spoken(Period.ofYears(6))).isEqualTo("6 years");
        assertThat(RetentionPolicy.spoken(Period.of(1, 6, 0))).isEqualTo("1 year and 6 months");
        assertThatThrownBy(() -> new RetentionPolicy(Period.ZERO, Period.ofYears(6), Period.ofYears(6), Period.ofYears(1), Period.ofYears(6),
                Period.ofYears(6), Period.ofYears(6), Period.ofYears(2), Period.ofYears(6), Period.ofYears(1),
                Period.ofYears(6), Period.ofYears(6), Period.ofMonths(3), 4, "Test schedule")).hasMessageContaining("more than nothing");
    }
}
