package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.travelassist.reporting.CostAvoided.Arrangement;
import org.travelassist.reporting.CostAvoided.Group;
import org.travelassist.shared.Money;

class CostAvoidedTest {

    private static final PolicyYear YEAR = PolicyYear.containing(LocalDate.of(2027, 3, 15), 9);
    private static final CostAvoided.Prices PRICES = new CostAvoided.Prices(Money.ofPounds(9800), Money.ofPounds(6500));

    @Test
    void a_share_of_a_years_cost_is_rounded_to_the_nearest_penny_half_up() {
        assertThat(CostAvoided.forDays(Money.ofPounds(9800), 334, 365)).isEqualTo(Money.ofPence(896767));
        assertThat(CostAvoided.forDays(Money.ofPounds(9800), 61, 365)).as("163,780.82p").isEqualTo(Money.ofPence(163781));
        assertThat(CostAvoided.forDays(Money.ofPence(1), 1, 2)).isEqualTo(Money.ofPence(1));
        assertThat(CostAvoided.forDays(Money.ofPounds(6500), 365, 365)).isEqualTo(Money.ofPounds(6500));
    }

    @Test
    void sen_children_are_compared_with_a_taxi_the_others_with_a_shared_route_and_the_working_adds_up() {
        var table = CostAvoided.table(YEAR, List.of(new Group(Arrangement.BUDGET, true, 1, Money.ofPounds(1750), 334),
                new Group(Arrangement.BUDGET, false, 1, Money.ofPounds(500), 122)), 2, PRICES);
        assertThat(table.rows()).extracting(FigureTable.Row::label).containsExactly("Personal transport budgets", "Mileage allowances", "Together");
        assertThat(table.rows().get(0).values()).containsExactly(2L, new BigDecimal("2250.00"), new BigDecimal("11140.27"),
                new BigDecimal("8890.27"), new BigDecimal("79.8"));
        assertThat(table.rows().get(1).values()).containsExactly(0L, new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"), null);
        assertThat(table.countedHow()).contains(
                "Personal transport budgets, 1 child with SEN, in a single-occupancy taxi: 334 days ÷ 365 × £9,800.00 = £8,967.67.",
                "Personal transport budgets, 1 child without SEN, on a shared route: 122 days ÷ 365 × £6,500.00 = £2,172.60.",
                "Saving: £11,140.27 − £2,250.00 = £8,890.27.");
        assertThat(table.columns().get(1).shown(table.rows().get(0).values().get(1))).isEqualTo("£2,250.00");
    }

    @Test
    void a_leap_year_has_366_days_and_nothing_paid_says_so() {
        var leap = PolicyYear.containing(LocalDate.of(2028, 1, 10), 9);
        var table = CostAvoided.table(leap, List.of(), 0, PRICES);
        assertThat(table.countedHow().getFirst()).isEqualTo("In 2027 to 2028: no budget or mileage paid for yet.");
        assertThat(table.countedHow()).anySatisfy(line -> assertThat(line).contains("out of the 366 days of the year"));
    }

    @Test
    void a_budget_dearer_than_the_contract_shows_a_negative_saving() {
        var table = CostAvoided.table(YEAR, List.of(new Group(Arrangement.MILEAGE, false, 1, Money.ofPounds(7000), 365)), 1, PRICES);
        assertThat(table.rows().get(2).values().get(3)).isEqualTo(new BigDecimal("-500.00"));
        assertThat(table.columns().get(3).shown(table.rows().get(2).values().get(3))).isEqualTo("-£500.00");
    }
}
