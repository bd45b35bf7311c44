package org.travelassist.budgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.travelassist.budgets.BudgetPolicy.ProRata;
import org.travelassist.budgets.BudgetPolicy.Shape;
import org.travelassist.budgets.BudgetWorking.PlannedInstalment;
import org.travelassist.shared.Money;
import org.travelassist.shared.WorkingDays;

/**
 * What must hold for any amount, any start day and every schedule shape (QuickTheories, a thousand cases a
 * property): the instalments add up to the total to the penny, the odd pennies land on the same named instalments
 * every time, and a later start never pays more.
 */
class BudgetRulesPropertyTest {

    static final BudgetPolicy RUTLAND = TestPolicies.rutland();
    static final LocalDate FIRST = LocalDate.of(2026, 8, 1);

    /** Start days from August 2026 to June 2028: the years whose bank holidays WorkingDays lists. */
    static Gen<LocalDate> starts() {
        return integers().between(0, 700).map(FIRST::plusDays);
    }

    static Gen<BudgetPolicy> policies() {
        return integers().between(0, Shape.values().length * 2 - 1)
                .map(i -> TestPolicies.withSchedule(RUTLAND, Shape.values()[i / 2], ProRata.values()[i % 2]));
    }

    static Gen<Money> annuals() {
        return longs().between(1, 10_000_000).map(Money::ofPence);
    }

    static BudgetWorking schedule(BudgetPolicy policy, Money annual, LocalDate start) {
        return BudgetRules.schedule(policy, new BudgetRules.Annual(annual, Money.ofPence(1), List.of()), start);
    }

    @Test
    void the_instalments_always_add_up_to_the_total_and_the_total_never_exceeds_the_year() {
        qt().forAll(policies(), annuals(), starts()).checkAssert((policy, annual, start) -> {
            var working = schedule(policy, annual, start);
            assertThat(Money.sum(working.instalments().stream().map(PlannedInstalment::amount).toList())).isEqualTo(working.total());
            assertThat(working.total()).isLessThanOrEqualTo(annual);
            assertThat(working.instalments()).isNotEmpty().allSatisfy(i -> assertThat(i.amount().isNegative()).isFalse());
        });
    }

    @Test
    void instalments_are_in_date_order_never_before_the_start_and_cover_days_in_turn() {
        qt().forAll(policies(), annuals(), starts()).checkAssert((policy, annual, start) -> {
            var instalments = schedule(policy, annual, start).instalments();
            for (int i = 0; i < instalments.size(); i++) {
                var instalment = instalments.get(i);
                assertThat(instalment.number()).isEqualTo(i + 1);
                assertThat(instalment.coversFrom()).isBeforeOrEqualTo(instalment.coversTo());
                if (start.isAfter(policy.yearFor(start).starts())) {
                    assertThat(instalment.dueOn()).isAfterOrEqualTo(start);
                    assertThat(instalment.coversTo()).isAfterOrEqualTo(start);
                }
                if (i > 0) {
                    assertThat(instalment.dueOn()).isAfterOrEqualTo(instalments.get(i - 1).dueOn());
                    assertThat(instalment.coversFrom()).isEqualTo(instalments.get(i - 1).coversTo().plusDays(1));
                }
            }
        });
    }

    @Test
    void a_full_year_in_equal_instalments_gives_the_odd_pennies_to_the_earliest_the_same_way_every_time() {
        qt().forAll(policies(), annuals()).assuming((policy, annual) -> policy.schedule().shape() != Shape.TWO_PAYMENTS)
                .checkAssert((policy, annual) -> {
                    var once = schedule(policy, annual, LocalDate.of(2026, 9, 1));
                    var again = schedule(policy, annual, LocalDate.of(2026, 9, 1));
                    assertThat(again).isEqualTo(once);
                    var instalments = once.instalments();
                    int n = instalments.size();
                    long share = annual.pence() / n;
                    long over = annual.pence() % n;
                    for (int i = 0; i < n; i++) {
                        assertThat(instalments.get(i).amount().pence()).isEqualTo(share + (i < over ? 1 : 0));
                    }
                    if (over > 0) {
                        assertThat(once.lines().getLast().text()).contains(instalments.getFirst().label());
                    }
                });
    }

    @Test
    void a_later_start_never_pays_more_in_the_same_policy_year() {
        qt().forAll(policies(), annuals(), starts(), integers().between(1, 60)).checkAssert((policy, annual, start, later) -> {
            LocalDate laterStart = start.plusDays(later);
            if (!policy.yearFor(laterStart).equals(policy.yearFor(start))) {
                return;
            }
            assertThat(schedule(policy, annual, laterStart).total()).isLessThanOrEqualTo(schedule(policy, annual, start).total());
        });
    }

    @Test
    void payment_dates_in_a_full_year_are_working_days() {
        qt().forAll(policies(), integers().between(2026, 2027)).checkAssert((policy, year) -> {
            var working = schedule(policy, Money.ofPounds(1824), LocalDate.of(year, 9, 1));
            assertThat(working.instalments()).allSatisfy(i -> assertThat(WorkingDays.isWorkingDay(i.dueOn())).as(i.toString()).isTrue());
        });
    }

    @Test
    void a_band_never_pays_less_for_a_longer_distance_and_the_per_mile_amount_grows_with_the_miles() {
        var leics = TestPolicies.leicestershire();
        qt().forAll(longs().between(100, 40_000), longs().between(0, 5_000)).checkAssert((metres, more) -> {
            assertThat(BudgetRules.band(leics.bands(), metres + more).annual()).isGreaterThanOrEqualTo(BudgetRules.band(leics.bands(), metres).annual());
            var near = BudgetRules.workOut(RUTLAND, BudgetRulesTest.byRoad(metres, BudgetRulesTest.YEAR_START));
            var far = BudgetRules.workOut(RUTLAND, BudgetRulesTest.byRoad(metres + more, BudgetRulesTest.YEAR_START));
            assertThat(((BudgetRules.Worked) far).working().annual())
                    .isGreaterThanOrEqualTo(((BudgetRules.Worked) near).working().annual());
        });
    }
}
