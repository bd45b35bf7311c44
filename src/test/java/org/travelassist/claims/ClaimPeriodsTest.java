package org.travelassist.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.travelassist.claims.MileagePolicy.ClaimDeadline;
import org.travelassist.claims.MileagePolicy.ClaimPeriod;

/** Which months or terms can be claimed today: from the allowance's start, until the deadline has passed. */
class ClaimPeriodsTest {

    static final MileagePolicy BY_THE_5TH = policy(ClaimPeriod.TERMLY, new ClaimDeadline(ClaimDeadline.Kind.DAY_OF_NEXT_MONTH, 5));
    static final List<ClaimPeriods.Term> RUTLAND_2026_27 = List.of(
            new ClaimPeriods.Term("Autumn term", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18)),
            new ClaimPeriods.Term("Spring term", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 25)),
            new ClaimPeriods.Term("Summer term", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 21)));

    static MileagePolicy policy(ClaimPeriod period, ClaimDeadline deadline) {
        return new MileagePolicy("T", LocalDate.of(2026, 9, 1), 45, null, 4, 2, "road", period, deadline, 30_000, 5);
    }

    @Test
    void a_term_can_be_claimed_from_its_first_day_until_the_deadline_after_it_ends_the_latest_first() {
        LocalDate started = LocalDate.of(2026, 10, 1);
        assertThat(ClaimPeriods.terms(BY_THE_5TH, started, LocalDate.of(2027, 1, 5), RUTLAND_2026_27))
                .extracting(ClaimablePeriod::label).containsExactly("Spring term 2027", "Autumn term 2026");
        assertThat(ClaimPeriods.terms(BY_THE_5TH, started, LocalDate.of(2027, 1, 6), RUTLAND_2026_27))
                .as("the autumn term's deadline was the 5th of January").extracting(ClaimablePeriod::label).containsExactly("Spring term 2027");
        assertThat(ClaimPeriods.terms(BY_THE_5TH, started, LocalDate.of(2027, 4, 11), RUTLAND_2026_27))
                .as("in the Easter holidays, nothing after the spring term's deadline and the summer term not begun").isEmpty();
        var summer = ClaimPeriods.terms(BY_THE_5TH, started, LocalDate.of(2027, 7, 23), RUTLAND_2026_27);
        assertThat(summer).containsExactly(new ClaimablePeriod(LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 21), "Summer term"));
        assertThat(summer.getFirst().key()).isEqualTo("term-2027-04-12");
    }

    @Test
    void a_term_that_ended_before_the_allowance_started_is_not_offered() {
        assertThat(ClaimPeriods.terms(BY_THE_5TH, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5), RUTLAND_2026_27))
                .extracting(ClaimablePeriod::label).containsExactly("Spring term 2027");
    }

    @Test
    void within_three_months_of_the_journey_a_term_stays_claimable_three_months_after_its_last_day() {
        var threeMonths = policy(ClaimPeriod.TERMLY, new ClaimDeadline(ClaimDeadline.Kind.MONTHS_AFTER_JOURNEY, 3));
        assertThat(ClaimPeriods.terms(threeMonths, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 18), RUTLAND_2026_27))
                .extracting(ClaimablePeriod::label).containsExactly("Spring term 2027", "Autumn term 2026");
        assertThat(ClaimPeriods.terms(threeMonths, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 19), RUTLAND_2026_27))
                .extracting(ClaimablePeriod::label).containsExactly("Spring term 2027");
    }

    @Test
    void months_run_from_the_allowance_start_to_this_month_leaving_out_those_past_the_deadline() {
        var monthly = policy(ClaimPeriod.MONTHLY, new ClaimDeadline(ClaimDeadline.Kind.DAY_OF_NEXT_MONTH, 5));
        assertThat(ClaimPeriods.months(monthly, LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 4)))
                .extracting(period -> YearMonth.from(period.from()))
                .containsExactly(YearMonth.of(2027, 1), YearMonth.of(2026, 12));
        assertThat(ClaimPeriods.months(monthly, LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 4)).getFirst().label()).isEqualTo("January 2027");
        assertThat(ClaimablePeriod.month(YearMonth.of(2026, 12)).key()).isEqualTo("2026-12");
    }
}
