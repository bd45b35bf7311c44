package org.travelassist.budgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.travelassist.budgets.BudgetPolicy.Band;
import org.travelassist.budgets.BudgetPolicy.ProRata;
import org.travelassist.budgets.BudgetPolicy.Shape;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.budgets.BudgetWorking.PlannedInstalment;
import org.travelassist.shared.Money;

/** The budget rules on the councils' published examples and on every boundary their policies word. */
class BudgetRulesTest {

    static final LocalDate YEAR_START = LocalDate.of(2026, 9, 1);
    /** 4 miles is 6,437.376 metres: the nearest whole metre is still 4.00 miles to 2 places. */
    static final long FOUR_MILES = 6437;

    static BudgetWorking worked(BudgetPolicy policy, BudgetFacts facts) {
        var outcome = BudgetRules.workOut(policy, facts);
        assertThat(outcome).isInstanceOf(BudgetRules.Worked.class);
        return ((BudgetRules.Worked) outcome).working();
    }

    static BudgetFacts byRoad(long metres, LocalDate start) {
        return BudgetFacts.measured(metres + 300, false, metres, start);
    }

    static List<String> texts(BudgetWorking working) {
        return working.lines().stream().map(Line::text).toList();
    }

    @Test
    void yorks_published_example_is_1824_pounds_a_year_in_three_termly_instalments_of_608() {
        var working = worked(TestPolicies.rutland(), byRoad(FOUR_MILES, YEAR_START));

        assertThat(working.annual()).isEqualTo(Money.ofPounds(1824));
        assertThat(working.dailyRate()).isEqualTo(Money.ofPounds(9, 60));
        assertThat(texts(working)).contains("4 miles × 4 journeys × 60p × 190 days = £1,824.00", "That is £9.60 a school day.",
                "£1,824.00 in 3 equal instalments of £608.00 (3 termly instalments, paid before each term starts).");
        assertThat(working.instalments()).extracting(PlannedInstalment::label, PlannedInstalment::dueOn, PlannedInstalment::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Autumn term", LocalDate.of(2026, 9, 2), Money.ofPounds(608)),
                        // 1 January 2027 is a bank holiday and 5 January the first day of term: paid on Monday 4 January.
                        org.assertj.core.groups.Tuple.tuple("Spring term", LocalDate.of(2027, 1, 4), Money.ofPounds(608)),
                        org.assertj.core.groups.Tuple.tuple("Summer term", LocalDate.of(2027, 4, 9), Money.ofPounds(608)));
        assertThat(working.policyVersion()).isEqualTo("RUTLAND-PTB-2026-1");
    }

    @Test
    void hertfordshires_example_5_miles_at_55p_is_11_pounds_a_day_and_2090_a_year() {
        var herts = TestPolicies.withRate(TestPolicies.rutland(), Money.ofPence(55));
        var working = worked(herts, byRoad(8047, YEAR_START));
        assertThat(working.dailyRate()).isEqualTo(Money.ofPounds(11));
        assertThat(working.annual()).isEqualTo(Money.ofPounds(2090));
        assertThat(texts(working)).contains("5 miles × 4 journeys × 55p × 190 days = £2,090.00");
    }

    @Test
    void a_day_rate_that_is_not_whole_pence_is_rounded_once_and_the_rounding_is_shown() {
        // 7,033 m is 4.37 miles: 4.37 × 4 × 60p = 1,048.8p a day.
        var working = worked(TestPolicies.rutland(), byRoad(7033, YEAR_START));
        assertThat(working.dailyRate()).isEqualTo(Money.ofPence(1049));
        assertThat(working.annual()).isEqualTo(Money.ofPence(1049 * 190));
        assertThat(texts(working)).contains("4.37 miles × 4 journeys × 60p = £10.49 a day (£10.488 rounded to the nearest penny)",
                "£10.49 a day × 190 days = £1,993.10");
    }

    @Test
    void a_child_who_travels_one_way_only_gets_2_journeys_and_part_time_days_count_as_attended() {
        var morningOnly = new BudgetFacts(null, false, FOUR_MILES, BudgetFacts.Journeys.MORNING_ONLY, 95, Set.of(), YEAR_START, null, null);
        var working = worked(TestPolicies.rutland(), morningOnly);
        assertThat(working.annual()).isEqualTo(Money.ofPence(480 * 95));
        assertThat(texts(working)).contains("Journeys: 2 a day, to school in the morning only.",
                "The child attends 95 days a year, not the full 190.");
    }

    @Test
    void the_supplement_is_added_per_term_and_the_post_16_contribution_taken_off() {
        var facts = new BudgetFacts(null, false, FOUR_MILES, BudgetFacts.Journeys.BOTH_WAYS, null, Set.of("HIGHER_RATE_MOBILITY", "POST_16"),
                YEAR_START, null, null);
        var working = worked(TestPolicies.rutland(), facts);
        assertThat(working.annual()).isEqualTo(Money.ofPounds(1824 + 450 - 660));
        assertThat(texts(working)).contains(
                "Added because the child gets the higher rate mobility component of DLA or PIP: £150.00 a term × 3 terms = £450.00",
                "Taken off because the student is over compulsory school age and pays the post-16 contribution: -£660.00",
                "For a year: £1,614.00");
        assertThat(working.dailyRate()).as("absences are taken off at the mileage rate, not the supplement").isEqualTo(Money.ofPounds(9, 60));
    }

    @Test
    void without_the_distance_the_policy_pays_by_an_officer_must_set_the_amount() {
        var outcome = BudgetRules.workOut(TestPolicies.rutland(), BudgetFacts.measured(7000L, false, null, YEAR_START));
        assertThat(outcome).isInstanceOf(BudgetRules.NeedsOfficer.class);
        assertThat(((BudgetRules.NeedsOfficer) outcome).reason()).contains("no measurement of the shortest road route");

        var unset = BudgetRules.workOut(TestPolicies.setByOfficer(), BudgetFacts.measured(7000L, false, 7000L, YEAR_START));
        assertThat(((BudgetRules.NeedsOfficer) unset).reason()).contains("enter the amount for a year and the reason");
    }

    @Test
    void an_amount_set_by_the_officer_is_paid_in_12_monthly_instalments_from_september() {
        var facts = new BudgetFacts(null, false, null, BudgetFacts.Journeys.BOTH_WAYS, null, Set.of(), YEAR_START, Money.ofPounds(3000),
                "the cost of the taxi it replaces");
        var working = worked(TestPolicies.setByOfficer(), facts);
        assertThat(working.instalments()).hasSize(12).allSatisfy(i -> assertThat(i.amount()).isEqualTo(Money.ofPounds(250)));
        assertThat(working.instalments().getFirst().dueOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        // 1 August 2027 is a Sunday: paid on Friday 30 July.
        assertThat(working.instalments().getLast()).satisfies(i -> {
            assertThat(i.label()).isEqualTo("August 2027");
            assertThat(i.dueOn()).isEqualTo(LocalDate.of(2027, 7, 30));
        });
        assertThat(texts(working)).contains("Set by the council: the cost of the taxi it replaces: £3,000.00 a year");
    }

    // ---- Bands: the policy's words at the boundary -------------------------------------------------------------

    static List<Band> exactBands() {
        // 125 miles is exactly 201,168 metres, so the boundary itself can be measured in whole metres.
        return List.of(new Band("under 125 miles", BigDecimal.ZERO, false, Money.ofPounds(1), null),
                new Band("125 to 250 miles", BigDecimal.valueOf(125), false, Money.ofPounds(2), null),
                new Band("over 250 miles", BigDecimal.valueOf(250), true, Money.ofPounds(3), null));
    }

    @Test
    void from_includes_its_boundary_and_over_does_not() {
        assertThat(BudgetRules.band(exactBands(), 201_167).words()).isEqualTo("under 125 miles");
        assertThat(BudgetRules.band(exactBands(), 201_168).words()).as("exactly 125 miles").isEqualTo("125 to 250 miles");
        assertThat(BudgetRules.band(exactBands(), 402_336).words()).as("exactly 250 miles is still '125 to 250'").isEqualTo("125 to 250 miles");
        assertThat(BudgetRules.band(exactBands(), 402_337).words()).isEqualTo("over 250 miles");
    }

    @Test
    void kents_bands_at_the_nearest_metres_to_5_and_10_miles() {
        var kent = TestPolicies.kent();
        assertThat(worked(kent, byRoad(8046, YEAR_START)).annual()).as("8,046 m is under 5 miles").isEqualTo(Money.ofPounds(2000));
        assertThat(worked(kent, byRoad(8047, YEAR_START)).annual()).as("8,047 m is over 5 miles").isEqualTo(Money.ofPounds(3000));
        assertThat(worked(kent, byRoad(16093, YEAR_START)).annual()).as("16,093 m is not over 10 miles").isEqualTo(Money.ofPounds(3000));
        var over = worked(kent, byRoad(16094, YEAR_START));
        assertThat(over.annual()).isEqualTo(Money.ofPounds(5000));
        assertThat(texts(over)).contains("10 miles is in the band \"over 10 miles\": £5,000.00 a year");
    }

    @Test
    void leicestershires_table_with_its_part_time_amounts_paid_monthly_on_the_15th_or_the_working_day_before() {
        var leics = TestPolicies.leicestershire();
        assertThat(worked(leics, byRoad(3218, YEAR_START)).annual()).as("just under 2 miles").isEqualTo(Money.ofPounds(1060));
        var two = worked(leics, byRoad(3219, YEAR_START));
        assertThat(two.annual()).isEqualTo(Money.ofPounds(1590));
        var partTime = new BudgetFacts(null, false, 3219L, BudgetFacts.Journeys.BOTH_WAYS, 95, Set.of(), YEAR_START, null, null);
        assertThat(worked(leics, partTime).annual()).isEqualTo(Money.ofPounds(1272));

        var fiveMiles = worked(leics, byRoad(8047, YEAR_START));
        assertThat(fiveMiles.instalments()).hasSize(11);
        // £3,180.00 in 11 is £289.0909...: the 1p left over goes to September, the earliest, every time.
        assertThat(fiveMiles.instalments().getFirst().amount()).isEqualTo(Money.ofPence(28910));
        assertThat(fiveMiles.instalments().subList(1, 11)).allSatisfy(i -> assertThat(i.amount()).isEqualTo(Money.ofPence(28909)));
        assertThat(texts(fiveMiles)).anyMatch(t -> t.startsWith("£3,180.00 does not divide into 11 equal instalments: the 1p left over goes "
                + "one each to the earliest (September 2026)"));
        // 15 November 2026 is a Sunday; 15 May 2027 a Saturday.
        assertThat(fiveMiles.instalments()).extracting(PlannedInstalment::dueOn)
                .contains(LocalDate.of(2026, 11, 13), LocalDate.of(2027, 5, 14)).doesNotContain(LocalDate.of(2027, 8, 13));
    }

    // ---- A start during the year ---------------------------------------------------------------------------

    @Test
    void a_start_in_december_pays_the_days_left_in_the_remaining_instalments_the_current_term_at_once() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        var working = worked(TestPolicies.rutland(), byRoad(FOUR_MILES, start));
        // 243 of the 334 days from 1 September 2026 to 31 July 2027 are left: £1,824.00 × 243 ÷ 334 = £1,327.04.
        assertThat(working.total()).isEqualTo(Money.ofPence(132704));
        assertThat(working.annual()).isEqualTo(Money.ofPounds(1824));
        assertThat(texts(working)).anyMatch(t -> t.contains("243 of its 334 days are left, so £1,824.00 × 243 ÷ 334 = £1,327.04"));
        var instalments = working.instalments();
        assertThat(instalments).hasSize(3);
        assertThat(instalments.getFirst()).satisfies(i -> {
            assertThat(i.label()).isEqualTo("Autumn term");
            assertThat(i.dueOn()).as("the autumn payment date has passed: paid on the start day").isEqualTo(start);
            assertThat(i.coversFrom()).isEqualTo(start);
            assertThat(i.coversTo()).isEqualTo(LocalDate.of(2027, 1, 4));
        });
        assertThat(Money.sum(instalments.stream().map(PlannedInstalment::amount).toList())).isEqualTo(working.total());
        assertThat(instalments.getFirst().amount()).as("35 days of the autumn term's 126 are left").isLessThan(instalments.get(1).amount());
    }

    @Test
    void by_months_a_start_in_october_counts_october_and_drops_september() {
        var leics = TestPolicies.leicestershire();
        var working = worked(leics, byRoad(8047, LocalDate.of(2026, 10, 20)));
        assertThat(working.total()).as("£3,180.00 × 10 ÷ 11").isEqualTo(Money.ofPence(289091));
        assertThat(texts(working)).anyMatch(t -> t.contains("10 of its 11 months are left, counting the month it starts in"));
        assertThat(working.instalments()).hasSize(10);
        assertThat(working.instalments().getFirst().label()).isEqualTo("October 2026");
        assertThat(working.instalments().getFirst().dueOn()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(Money.sum(working.instalments().stream().map(PlannedInstalment::amount).toList())).isEqualTo(working.total());
    }

    @Test
    void a_budget_agreed_in_august_starts_with_the_next_policy_year() {
        var working = worked(TestPolicies.rutland(), byRoad(FOUR_MILES, LocalDate.of(2027, 8, 10)));
        assertThat(working.year().starts()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(working.total()).isEqualTo(Money.ofPounds(1824));
        assertThat(working.startsOn()).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    // ---- Every schedule shape ----------------------------------------------------------------------------------

    @Test
    void two_payments_put_autumn_and_spring_together_and_summer_on_its_own() {
        var essex = TestPolicies.withSchedule(TestPolicies.rutland(), Shape.TWO_PAYMENTS, ProRata.BY_DAYS);
        var working = worked(essex, byRoad(FOUR_MILES, YEAR_START));
        assertThat(working.instalments()).extracting(PlannedInstalment::label, PlannedInstalment::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Autumn term and spring term", Money.ofPounds(1216)),
                org.assertj.core.groups.Tuple.tuple("Summer term", Money.ofPounds(608)));
        assertThat(working.instalments().get(1).dueOn()).isEqualTo(LocalDate.of(2027, 4, 9));
    }

    @Test
    void monthly_in_advance_pays_on_the_last_working_day_before_each_month() {
        var sutton = TestPolicies.withSchedule(TestPolicies.rutland(), Shape.MONTHLY_IN_ADVANCE, ProRata.BY_DAYS);
        var working = worked(sutton, byRoad(FOUR_MILES, YEAR_START));
        assertThat(working.instalments()).hasSize(11);
        // 31 August 2026 is a bank holiday: September is paid on Friday 28 August.
        assertThat(working.instalments().getFirst().dueOn()).isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(working.instalments().getLast().label()).isEqualTo("July 2027");
        assertThat(working.instalments().getLast().dueOn()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    // ---- Attendance, ending, recovery ------------------------------------------------------------------------

    @Test
    void absences_come_off_the_next_instalment_at_the_daily_rate_but_never_more_than_it() {
        var deduction = BudgetRules.absenceDeduction(Money.ofPounds(9, 60), 3, "October 2026", Money.ofPounds(608));
        assertThat(deduction.amount()).isEqualTo(Money.ofPence(2880));
        assertThat(deduction.line().text()).isEqualTo("3 days absent in October 2026 × £9.60 a day = -£28.80");
        assertThat(deduction.line().amount()).isEqualTo(Money.ofPence(-2880));
        assertThat(BudgetRules.absenceDeduction(Money.ofPounds(9, 60), 20, "May 2027", Money.ofPounds(100)).amount())
                .isEqualTo(Money.ofPounds(100));
        assertThatThrownBy(() -> BudgetRules.absenceDeduction(Money.ofPounds(1), -1, "May", Money.ofPounds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactly_90_percent_is_not_below_the_threshold_and_medical_absence_never_is() {
        var policy = TestPolicies.rutland();
        assertThat(BudgetRules.needsReview(policy, 20, 2, false)).as("18 of 20 is 90%").isFalse();
        assertThat(BudgetRules.needsReview(policy, 20, 3, false)).as("17 of 20 is 85%").isTrue();
        assertThat(BudgetRules.needsReview(policy, 20, 3, true)).as("for the child's medical needs").isFalse();
        assertThat(BudgetRules.attendancePercent(21, 3)).isEqualTo(85);
        assertThatThrownBy(() -> BudgetRules.needsReview(policy, 20, 21, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ending_with_a_months_notice_and_recovering_what_was_paid_for_days_after_the_end() {
        var policy = TestPolicies.rutland();
        assertThat(BudgetRules.endsOn(policy, LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        var spring = new PlannedInstalment(2, "Spring term", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 4, 11),
                Money.ofPounds(608));
        // 42 of the spring term's 97 days fall after 28 February: £608.00 × 42 ÷ 97 = £263.26.
        assertThat(BudgetRules.overpaid(List.of(spring), LocalDate.of(2027, 2, 28))).isEqualTo(Money.ofPence(26326));
        assertThat(BudgetRules.overpaid(List.of(spring), LocalDate.of(2027, 4, 11))).isEqualTo(Money.ZERO);
    }

    @Test
    void a_policy_with_bands_out_of_order_or_without_a_schedule_s_terms_refuses_to_start() {
        assertThatThrownBy(() -> new BudgetPolicy.Schedule(Shape.TERMLY_IN_ADVANCE, List.of(), 15))
                .hasMessageContaining("needs the three terms");
        assertThatThrownBy(() -> new BudgetPolicy.Schedule(Shape.MONTHLY_ON_DAY, null, 31)).hasMessageContaining("from 1 to 28");
        var kent = TestPolicies.kent();
        assertThatThrownBy(() -> new BudgetPolicy("X", kent.effectiveFrom(), BudgetPolicy.Model.DISTANCE_BANDS, null,
                List.of(kent.bands().get(1), kent.bands().get(0)), BudgetPolicy.DistanceBasis.ROAD, 190, 3, null, null, "09-01", "07-31",
                kent.schedule(), ProRata.BY_DAYS, 90, 1, null, null, null, null)).hasMessageContaining("start at 0 miles");
    }

    // ---- Renewal before the next policy year ----

    static final BudgetPolicy.PolicyYear YEAR_2026 = new BudgetPolicy.PolicyYear(YEAR_START, LocalDate.of(2027, 7, 31));

    @Test
    void renewals_open_the_lead_weeks_before_the_year_ends_and_stay_open_to_its_last_day() {
        assertThat(BudgetRules.renewalOpensOn(YEAR_2026, 6)).isEqualTo(LocalDate.of(2027, 6, 19));
        assertThat(BudgetRules.renewalDue(YEAR_2026, 6, LocalDate.of(2027, 6, 18))).isFalse();
        assertThat(BudgetRules.renewalDue(YEAR_2026, 6, LocalDate.of(2027, 6, 19))).isTrue();
        assertThat(BudgetRules.renewalDue(YEAR_2026, 6, LocalDate.of(2027, 7, 31))).isTrue();
        assertThat(BudgetRules.renewalDue(YEAR_2026, 6, LocalDate.of(2027, 8, 1))).as("too late: the year has ended").isFalse();
        assertThatThrownBy(() -> BudgetRules.renewalOpensOn(YEAR_2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_renewal_not_confirmed_by_the_last_day_of_the_year_lapses_the_day_after() {
        assertThat(BudgetRules.renewalLapsed(YEAR_2026.ends(), YEAR_2026.ends())).isFalse();
        assertThat(BudgetRules.renewalLapsed(YEAR_2026.ends(), YEAR_2026.ends().plusDays(1))).isTrue();
    }

    @Test
    void next_years_budget_is_worked_out_again_under_the_new_policy_for_the_whole_next_year_and_this_years_is_not_touched() {
        // Agreed in December, pro rata for the rest of 2026 to 2027.
        var facts = byRoad(FOUR_MILES, LocalDate.of(2026, 12, 1));
        var thisYear = worked(TestPolicies.rutland(), facts);
        var before = List.copyOf(thisYear.instalments());
        var nextPolicy = TestPolicies.withRate(TestPolicies.rutland(), Money.ofPence(65));

        var outcome = BudgetRules.renewal(nextPolicy, facts, thisYear.year());
        assertThat(outcome).isInstanceOf(BudgetRules.Worked.class);
        var next = ((BudgetRules.Worked) outcome).working();
        assertThat(next.startsOn()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(next.year()).isEqualTo(new BudgetPolicy.PolicyYear(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 31)));
        // 4 miles × 4 journeys × 65p × 190 days, paid in full termly shares because it starts with the year.
        assertThat(next.annual()).isEqualTo(Money.ofPounds(1976));
        assertThat(next.total()).isEqualTo(next.annual());
        assertThat(next.instalments()).extracting(PlannedInstalment::amount)
                .containsExactly(Money.ofPence(65867), Money.ofPence(65867), Money.ofPence(65866));
        assertThat(next.instalments().getFirst().dueOn()).isEqualTo(LocalDate.of(2027, 9, 2));
        assertThat(texts(next).getFirst()).startsWith("Next year's budget, for the policy year 1 September 2027 to 31 July 2028")
                .contains("This year's agreement is not changed");
        assertThat(texts(next)).contains("4 miles × 4 journeys × 65p × 190 days = £1,976.00");
        assertThat(thisYear.instalments()).isEqualTo(before);
        assertThat(thisYear.annual()).isEqualTo(Money.ofPounds(1824));
    }

    @Test
    void a_renewal_the_rules_cannot_work_out_is_left_for_an_officer_with_the_reason() {
        var noRoad = BudgetFacts.measured(6437L, false, null, LocalDate.of(2026, 12, 1));
        assertThat(BudgetRules.renewal(TestPolicies.rutland(), noRoad, YEAR_2026)).isInstanceOf(BudgetRules.NeedsOfficer.class);
    }

    @Test
    void the_policy_for_next_year_is_the_one_in_force_when_that_year_starts() {
        var now = TestPolicies.rutland();
        var later = TestPolicies.withRate(now, Money.ofPence(65));
        var next = new BudgetPolicy("RUTLAND-PTB-2027-1", LocalDate.of(2027, 9, 1), later.model(), later.perMile(), later.bands(),
                later.bandDistance(), later.attendanceDays(), later.termsInYear(), later.supplements(), later.deductions(), later.yearStarts(),
                later.yearEnds(), later.schedule(), later.proRata(), later.attendanceThresholdPercent(), later.noticeMonths(),
                later.mayBeSpentOn(), later.mayNotBeSpentOn(), later.tellTheCouncil(), later.terms());
        var policies = new BudgetPolicies(List.of(next, now));
        assertThat(policies.forYearAfter(YEAR_2026).version()).isEqualTo("RUTLAND-PTB-2027-1");
        assertThat(policies.forYearAfter(new BudgetPolicy.PolicyYear(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 31))).version())
                .isEqualTo(now.version());
    }

    // ---- Attendance from the school's term calendar ----

    static final String CALENDAR = "The council's standard calendar 2026 to 2027";

    /** A school open every weekday of the range except the dates given, closed on them for {@code why}. */
    static org.travelassist.schools.SchoolDays school(LocalDate from, LocalDate to, String why, LocalDate... closed) {
        var days = new java.util.ArrayList<org.travelassist.schools.SchoolDay>();
        var shut = Set.of(closed);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            days.add(weekend ? org.travelassist.schools.SchoolDay.closedOn(day, day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY ? "Saturday"
                    : "Sunday", CALENDAR) : shut.contains(day) ? org.travelassist.schools.SchoolDay.closedOn(day, why, CALENDAR)
                    : org.travelassist.schools.SchoolDay.openOn(day, CALENDAR));
        }
        return new org.travelassist.schools.SchoolDays("137340", days);
    }

    static org.travelassist.schools.SchoolDays noTermDates(LocalDate from, LocalDate to) {
        var days = new java.util.ArrayList<org.travelassist.schools.SchoolDay>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(org.travelassist.schools.TermCalendarRules.dayOn(day, null));
        }
        return new org.travelassist.schools.SchoolDays("137340", days);
    }

    @Test
    void a_years_days_come_from_the_schools_term_dates_where_held_and_the_working_says_where_they_came_from() {
        var policy = TestPolicies.rutland();
        var year = policy.yearFor(YEAR_START);
        var known = new AttendanceRules.YearDays(195, "School days: 195 from 1 September 2026 to 31 July 2027, by the school's term dates.");
        var working = ((BudgetRules.Worked) BudgetRules.workOut(policy, byRoad(FOUR_MILES, YEAR_START), known)).working();
        assertThat(working.annual()).isEqualTo(Money.ofPounds(1872));
        assertThat(working.dailyRate()).as("per mile, a day's rate does not depend on the days").isEqualTo(Money.ofPounds(9, 60));
        assertThat(texts(working)).startsWith(known.words()).contains("4 miles × 4 journeys × 60p × 195 days = £1,872.00");

        var notHeld = AttendanceRules.yearDays(null, year, policy.attendanceDays());
        assertThat(notHeld.schoolDays()).isNull();
        assertThat(notHeld.words()).isEqualTo("School days: the school's term dates for 1 September 2026 to 31 July 2027 are not held yet, so the "
                + "policy's 190 days are used.");
        var fallback = ((BudgetRules.Worked) BudgetRules.workOut(policy, byRoad(FOUR_MILES, YEAR_START), notHeld)).working();
        assertThat(fallback.annual()).isEqualTo(Money.ofPounds(1824));
        assertThat(texts(fallback).getFirst()).isEqualTo(notHeld.words());

        var counted = AttendanceRules.yearDays(school(year.starts(), year.ends(), "Holiday"), year, 190);
        assertThat(counted.schoolDays()).as("every weekday, in this made-up calendar").isEqualTo(239);
        assertThat(counted.words()).contains("by the school's term dates (" + CALENDAR + ")");
        var partial = AttendanceRules.yearDays(noTermDates(year.starts(), year.ends()), year, 190);
        assertThat(partial.schoolDays()).as("not all the year's term dates held").isNull();
    }

    @Test
    void banded_amounts_are_worth_the_year_divided_by_the_schools_days() {
        var daily = ((BudgetRules.Worked) BudgetRules.workOut(TestPolicies.kent(), byRoad(FOUR_MILES, YEAR_START),
                new AttendanceRules.YearDays(200, "School days: 200."))).working().dailyRate();
        assertThat(daily).isEqualTo(Money.ofPounds(10));
    }

    static final java.time.YearMonth JANUARY = java.time.YearMonth.of(2027, 1);
    static final LocalDate JAN_20 = LocalDate.of(2027, 1, 20);

    static AttendanceRules.Checked january(String dates, String schoolDays, org.travelassist.schools.SchoolDays days) {
        return AttendanceRules.month(JANUARY, dates, schoolDays, days, LocalDate.of(2026, 12, 1), JAN_20);
    }

    static java.util.Map<String, String> refused(AttendanceRules.Checked checked) {
        assertThat(checked).isInstanceOf(AttendanceRules.Refused.class);
        return ((AttendanceRules.Refused) checked).problems();
    }

    @Test
    void absences_are_school_days_of_the_month_and_a_holiday_is_refused_with_its_reason() {
        // Christmas holidays to 3 January; a training day on the 8th.
        var days = school(JANUARY.atDay(1), JANUARY.atEndOfMonth(), "Christmas holidays", LocalDate.of(2027, 1, 1));
        var withTraining = new org.travelassist.schools.SchoolDays("137340", days.days().stream()
                .map(d -> d.date().getDayOfMonth() == 8 ? org.travelassist.schools.SchoolDay.closedOn(d.date(), "Training day", CALENDAR) : d).toList());

        var accepted = january("11, 12 and 18", "", withTraining);
        assertThat(accepted).isInstanceOf(AttendanceRules.Accepted.class);
        var month = ((AttendanceRules.Accepted) accepted).month();
        assertThat(month.absent()).containsExactly(JANUARY.atDay(11), JANUARY.atDay(12), JANUARY.atDay(18));
        assertThat(month.schoolDays()).as("21 weekdays, less the 1st and the training day").isEqualTo(19);
        assertThat(((AttendanceRules.Accepted) january("11-13 12", "", withTraining)).month().absent()).hasSize(3);
        assertThat(((AttendanceRules.Accepted) january(" ", "", withTraining)).month().absent()).isEmpty();

        assertThat(refused(january("1", "", withTraining))).containsEntry("daysAbsent", "1 January 2027 was not a school day (Christmas holidays)");
        assertThat(refused(january("8", "", withTraining))).containsEntry("daysAbsent", "8 January 2027 was not a school day (Training day)");
        assertThat(refused(january("9", "", withTraining))).containsEntry("daysAbsent", "9 January 2027 was not a school day (Saturday)");
        assertThat(refused(january("20, 21", "", withTraining))).containsEntry("daysAbsent", "21 January 2027 has not happened yet");
        assertThat(refused(january("32", "", withTraining))).containsOnlyKeys("daysAbsent");
        assertThat(refused(january("5-3", "", withTraining))).containsOnlyKeys("daysAbsent");
        assertThat(refused(january("three", "", withTraining))).containsOnlyKeys("daysAbsent");
        assertThat(refused(AttendanceRules.month(JANUARY, "11", "", withTraining, LocalDate.of(2027, 1, 12), JAN_20)))
                .containsEntry("daysAbsent", "11 January 2027 is before the budget started on 12 January 2027");
    }

    @Test
    void without_term_dates_the_school_days_are_typed_and_only_weekends_and_bank_holidays_are_refused() {
        var days = noTermDates(JANUARY.atDay(1), JANUARY.atEndOfMonth());
        assertThat(refused(january("11", "", days))).containsOnlyKeys("schoolDays");
        var month = ((AttendanceRules.Accepted) january("4, 11", "20", days)).month();
        assertThat(month.schoolDays()).isEqualTo(20);
        assertThat(refused(january("1", "20", days))).containsEntry("daysAbsent", "1 January 2027 was not a school day (Bank holiday)");
        assertThat(refused(january("11-15", "4", days))).containsEntry("daysAbsent", "Days absent cannot be more than the 4 days the school was open");
    }

    @Test
    void a_deduction_names_the_dates_it_is_for() {
        var deduction = BudgetRules.absenceDeduction(Money.ofPounds(9, 60), List.of(JANUARY.atDay(11), JANUARY.atDay(12), JANUARY.atDay(18)),
                "January 2027", Money.ofPounds(608));
        assertThat(deduction.amount()).isEqualTo(Money.ofPence(2880));
        assertThat(deduction.line().text()).isEqualTo("3 days absent in January 2027 (11, 12 and 18) × £9.60 a day = -£28.80");
    }

    // ---- A recovery as a repayment plan ----

    static final LocalDate FIRST_DUE = LocalDate.of(2027, 2, 28);

    @Test
    void repayments_must_add_up_to_the_recovery_exactly_and_fall_due_a_month_apart() {
        Money recovery = Money.ofPence(12346);
        var plan = RecoveryRules.plan(recovery, "£41.16; £41.15\n41.15", FIRST_DUE);
        assertThat(plan).isInstanceOf(RecoveryRules.Planned.class);
        assertThat(((RecoveryRules.Planned) plan).repayments()).extracting(RecoveryRules.Repayment::dueOn, RecoveryRules.Repayment::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FIRST_DUE, Money.ofPence(4116)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 3, 28), Money.ofPence(4115)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 4, 28), Money.ofPence(4115)));
        assertThat(RecoveryRules.suggestion(recovery, 3)).isEqualTo("£41.16; £41.15; £41.15");
        assertThat(((RecoveryRules.Planned) RecoveryRules.plan(Money.ofPounds(1500), "£1,000.00, £500", FIRST_DUE)).repayments())
                .as("a thousands comma is not a separator").hasSize(2);

        assertThat(((RecoveryRules.Refused) RecoveryRules.plan(recovery, "£41.15; £41.15; £41.15", FIRST_DUE)).problem())
                .isEqualTo("The repayments add up to £123.45, but £123.46 is to be recovered: they must add up to it exactly, like "
                        + "£41.16; £41.15; £41.15");
        assertThat(((RecoveryRules.Refused) RecoveryRules.plan(recovery, "£100; 23.4.6", FIRST_DUE)).problem()).startsWith("Repayment 2 (");
        assertThat(((RecoveryRules.Refused) RecoveryRules.plan(recovery, "£123.46; 0", FIRST_DUE)).problem())
                .isEqualTo("Repayment 2: enter an amount more than £0.00");
        assertThat(RecoveryRules.plan(recovery, "-£1.00; £124.46", FIRST_DUE)).isInstanceOf(RecoveryRules.Refused.class);
        assertThat(RecoveryRules.plan(recovery, " ", FIRST_DUE)).isInstanceOf(RecoveryRules.Refused.class);
        assertThat(RecoveryRules.plan(Money.ZERO, "£1", FIRST_DUE)).isInstanceOf(RecoveryRules.Refused.class);
        assertThat(RecoveryRules.plan(Money.ofPounds(25), String.join(";", java.util.Collections.nCopies(25, "£1")), FIRST_DUE))
                .isInstanceOf(RecoveryRules.Refused.class);
    }
}
