package org.travelassist.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.travelassist.claims.MileageAssessment.AcceptedDay;
import org.travelassist.claims.MileageAssessment.Line;
import org.travelassist.claims.MileageAssessment.Rejection;
import org.travelassist.claims.MileageAssessment.RejectedDay;
import org.travelassist.claims.MileagePolicy.ClaimDeadline;
import org.travelassist.claims.MileagePolicy.ClaimPeriod;
import org.travelassist.claims.MileagePolicy.HigherRate;
import org.travelassist.shared.Money;

class MileageRulesTest {

    static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2027, 3, 31);
    static final LocalDate APRIL_2 = LocalDate.of(2027, 4, 2);
    static final MileagePolicy POLICY = policy(new ClaimDeadline(ClaimDeadline.Kind.DAY_OF_NEXT_MONTH, 5));
    static final AllowanceTerms TERMS = new AllowanceTerms(510, 45, null, 4, 2, LocalDate.of(2026, 9, 1));
    static final SchoolOpenDays NO_CLOSURES = new SchoolOpenDays(true, Map.of());

    static MileagePolicy policy(ClaimDeadline deadline) {
        return new MileagePolicy("TEST-1", LocalDate.of(2026, 9, 1), 45, null, 4, 2, "Shortest road route", ClaimPeriod.MONTHLY,
                deadline, 30_000, 5);
    }

    static List<ClaimedDay> weekdaysOfMarch() {
        var days = new ArrayList<ClaimedDay>();
        for (LocalDate day = MARCH_1; !day.isAfter(MARCH_31); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                days.add(new ClaimedDay(day, Journeys.BOTH));
            }
        }
        return days;
    }

    static MileageAssessment assess(List<ClaimedDay> days, SchoolOpenDays school, Set<LocalDate> elsewhere, LocalDate today) {
        return MileageRules.assess(POLICY, TERMS, MARCH_1, MARCH_31, school, days, elsewhere, today, 0);
    }

    @Test
    void nineteen_full_days_are_paid_for_four_legs_each_and_the_line_says_how() {
        List<ClaimedDay> days = weekdaysOfMarch().subList(0, 19);

        var result = assess(days, NO_CLOSURES, Set.of(), APRIL_2);

        assertThat(result.rejected()).isEmpty();
        assertThat(result.accepted()).hasSize(19).allMatch(day -> day.legs() == 4);
        assertThat(result.lines()).extracting(Line::text).containsExactly("19 days × 4 legs × 5.10 miles × 45p = £174.42");
        assertThat(result.total()).isEqualTo(Money.ofPence(17_442));
        assertThat(result.milesHundredths()).isEqualTo(19 * 4 * 510);
    }

    @Test
    void a_morning_only_day_and_an_afternoon_only_day_pay_two_legs_on_their_own_line() {
        var days = new ArrayList<>(weekdaysOfMarch().subList(0, 3));
        days.add(new ClaimedDay(LocalDate.of(2027, 3, 4), Journeys.MORNING_ONLY));
        days.add(new ClaimedDay(LocalDate.of(2027, 3, 5), Journeys.AFTERNOON_ONLY));

        var result = assess(days, NO_CLOSURES, Set.of(), APRIL_2);

        assertThat(result.accepted()).extracting(AcceptedDay::legs).containsExactly(4, 4, 4, 2, 2);
        assertThat(result.lines()).extracting(Line::text).containsExactly(
                "3 days × 4 legs × 5.10 miles × 45p = £27.54", "2 days × 2 legs × 5.10 miles × 45p = £9.18");
        assertThat(result.total()).isEqualTo(Money.ofPence(2754 + 918));
    }

    @Test
    void each_line_is_rounded_to_the_penny_half_up_and_the_total_is_their_sum() {
        var terms = new AllowanceTerms(333, 45, null, 4, 2, LocalDate.of(2026, 9, 1));
        var days = List.of(new ClaimedDay(MARCH_1, Journeys.BOTH), new ClaimedDay(LocalDate.of(2027, 3, 2), Journeys.MORNING_ONLY));

        var result = MileageRules.assess(POLICY, terms, MARCH_1, MARCH_31, NO_CLOSURES, days, Set.of(), APRIL_2, 0);

        // 4 × 3.33 × 45 = 599.4p → £5.99; 2 × 3.33 × 45 = 299.7p → £3.00.
        assertThat(result.lines()).extracting(Line::amount).containsExactly(Money.ofPence(599), Money.ofPence(300));
        assertThat(result.total()).isEqualTo(Money.ofPence(899));
    }

    @Test
    void every_rejected_day_says_why() {
        var school = new SchoolOpenDays(true, Map.of(LocalDate.of(2027, 3, 8), "Training day"));
        var terms = new AllowanceTerms(510, 45, null, 4, 2, LocalDate.of(2027, 3, 3));
        var days = List.of(
                new ClaimedDay(LocalDate.of(2027, 2, 26), Journeys.BOTH),    // February: not in the claim
                new ClaimedDay(LocalDate.of(2027, 3, 2), Journeys.BOTH),     // before the allowance started
                new ClaimedDay(LocalDate.of(2027, 3, 6), Journeys.BOTH),     // Saturday
                new ClaimedDay(LocalDate.of(2027, 3, 8), Journeys.BOTH),     // training day
                new ClaimedDay(LocalDate.of(2027, 3, 9), Journeys.BOTH),     // in another claim
                new ClaimedDay(LocalDate.of(2027, 3, 10), Journeys.BOTH),    // accepted
                new ClaimedDay(LocalDate.of(2027, 3, 10), Journeys.MORNING_ONLY), // twice
                new ClaimedDay(LocalDate.of(2027, 3, 12), Journeys.BOTH));   // after today

        var result = MileageRules.assess(POLICY, terms, MARCH_1, MARCH_31, school, days, Set.of(LocalDate.of(2027, 3, 9)),
                LocalDate.of(2027, 3, 11), 0);

        assertThat(result.accepted()).extracting(AcceptedDay::date).containsExactly(LocalDate.of(2027, 3, 10));
        assertThat(result.rejected()).extracting(RejectedDay::reason).containsExactly(Rejection.NOT_IN_PERIOD,
                Rejection.BEFORE_AGREEMENT, Rejection.WEEKEND, Rejection.SCHOOL_CLOSED, Rejection.ALREADY_CLAIMED,
                Rejection.TWICE_IN_THIS_CLAIM, Rejection.IN_FUTURE);
        assertThat(result.rejected()).extracting(RejectedDay::why).contains("The school was closed: Training day.",
                "Before your allowance started on 3 March 2027: journeys before then are not paid.",
                "A weekend: the school is closed.", "Already claimed in another claim.", "In the future: claim for it after the journey.");
    }

    @Test
    void a_month_claimed_after_the_5th_of_the_next_month_is_too_late_and_says_by_when() {
        var onTime = assess(weekdaysOfMarch(), NO_CLOSURES, Set.of(), LocalDate.of(2027, 4, 5));
        var late = assess(weekdaysOfMarch(), NO_CLOSURES, Set.of(), LocalDate.of(2027, 4, 6));

        assertThat(onTime.rejected()).isEmpty();
        assertThat(late.accepted()).isEmpty();
        assertThat(late.rejected()).allSatisfy(day -> {
            assertThat(day.reason()).isEqualTo(Rejection.AFTER_DEADLINE);
            assertThat(day.why()).isEqualTo("Too late: journeys are claimed by the 5th of the following month, and this one had to be claimed by 5 April 2027.");
        });
    }

    @Test
    void a_three_month_deadline_counts_from_each_journey() {
        var policy = policy(new ClaimDeadline(ClaimDeadline.Kind.MONTHS_AFTER_JOURNEY, 3));
        var days = List.of(new ClaimedDay(MARCH_1, Journeys.BOTH), new ClaimedDay(LocalDate.of(2027, 3, 2), Journeys.BOTH));

        var result = MileageRules.assess(policy, TERMS, MARCH_1, MARCH_31, NO_CLOSURES, days, Set.of(), LocalDate.of(2027, 6, 2), 0);

        assertThat(result.rejected()).extracting(RejectedDay::date).containsExactly(MARCH_1);
        assertThat(result.accepted()).extracting(AcceptedDay::date).containsExactly(LocalDate.of(2027, 3, 2));
        assertThat(policy.deadline().describe()).isEqualTo("within 3 months of the journey");
    }

    @Test
    void without_a_term_calendar_bank_holidays_are_closures_and_other_weekdays_are_for_the_school_to_confirm() {
        var days = List.of(new ClaimedDay(LocalDate.of(2027, 3, 26), Journeys.BOTH), new ClaimedDay(LocalDate.of(2027, 3, 25), Journeys.BOTH));

        var result = assess(days, SchoolOpenDays.unknown(), Set.of(), APRIL_2);

        assertThat(result.rejected()).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(LocalDate.of(2027, 3, 26)); // Good Friday
            assertThat(day.why()).isEqualTo("The school was closed: a bank holiday.");
        });
        assertThat(result.accepted()).hasSize(1);
    }

    @Test
    void the_calendar_offers_open_days_from_the_start_date_to_today_that_are_not_claimed_already() {
        var school = new SchoolOpenDays(true, Map.of(LocalDate.of(2027, 3, 8), "Training day"));

        var days = MileageRules.claimableDays(POLICY, TERMS, MARCH_1, MARCH_31, school, Set.of(LocalDate.of(2027, 3, 1)),
                LocalDate.of(2027, 3, 10));

        assertThat(days).containsExactly(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 4),
                LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 10));
    }

    @Test
    void above_the_annual_threshold_the_second_rate_applies_and_the_day_that_crosses_it_is_split() {
        var terms = new AllowanceTerms(510, 45, new HigherRate(10_000, 25), 4, 2, LocalDate.of(2026, 9, 1));
        var days = weekdaysOfMarch().subList(0, 3);

        // 9,990 miles already this school year: the first day (20.40 miles) crosses 10,000.
        var result = MileageRules.assess(POLICY, terms, MARCH_1, MARCH_31, NO_CLOSURES, days, Set.of(), APRIL_2, 999_000);

        assertThat(result.lines()).extracting(Line::text).containsExactly(
                "1 day × 4 legs × 5.10 miles: 10.00 miles × 45p = £4.50",
                "1 day × 4 legs × 5.10 miles: 10.40 miles above 10,000 miles this school year × 25p = £2.60",
                "2 days × 4 legs × 5.10 miles × 25p (above 10,000 miles this school year) = £10.20");
        assertThat(result.total()).isEqualTo(Money.ofPence(450 + 260 + 1020));
        assertThat(result.milesHundredths()).isEqualTo(3 * 4 * 510);
    }

    @Test
    void the_stored_road_distance_becomes_one_way_miles_to_two_decimals() {
        assertThat(MileageRules.oneWayMilesHundredths(8208)).isEqualTo(510);
        assertThat(MileageRules.oneWayMilesHundredths(1609)).isEqualTo(100);
        assertThat(MileageRules.oneWayMilesHundredths(8)).as("never zero for a real distance").isEqualTo(1);
        assertThat(MileageRules.miles(510)).isEqualTo("5.10");
        assertThatThrownBy(() -> MileageRules.oneWayMilesHundredths(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_policy_describes_its_rate_and_refuses_nonsense() {
        assertThat(MileagePolicy.describeRate(45, null)).isEqualTo("45p a mile");
        assertThat(MileagePolicy.describeRate(45, new HigherRate(10_000, 25))).isEqualTo("45p a mile up to 10,000 miles a school year, then 25p");
        assertThat(new ClaimDeadline(ClaimDeadline.Kind.DAY_OF_NEXT_MONTH, 5).describe()).isEqualTo("by the 5th of the following month");
        assertThatThrownBy(() -> new ClaimDeadline(ClaimDeadline.Kind.DAY_OF_NEXT_MONTH, 31)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new MileagePolicy("X", MARCH_1, 45, null, 2, 4, "", ClaimPeriod.MONTHLY, POLICY.deadline(), 0, 5))
                .hasMessageContaining("half day no more than a full day");
    }

    @Test
    void the_policy_in_force_is_the_latest_that_has_started() {
        var later = new MileagePolicy("TEST-2", LocalDate.of(2027, 9, 1), 50, null, 4, 2, "", ClaimPeriod.MONTHLY, POLICY.deadline(), 0, 5);
        var policies = new MileagePolicies(List.of(later, POLICY));

        assertThat(policies.inForce(LocalDate.of(2027, 8, 31)).version()).isEqualTo("TEST-1");
        assertThat(policies.inForce(LocalDate.of(2027, 9, 1)).version()).isEqualTo("TEST-2");
        assertThat(policies.inForce(LocalDate.of(2020, 1, 1)).version()).isEqualTo("TEST-1");
    }
}
