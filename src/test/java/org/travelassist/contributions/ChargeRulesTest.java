package org.travelassist.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.travelassist.contributions.ChargeRules.InvalidCharge;
import org.travelassist.contributions.ChargeRules.PlannedInstalment;
import org.travelassist.shared.Money;

/** The rules of a charge: instalments that add up exactly, monthly due dates, and the officer's form read strictly. */
class ChargeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void instalments_add_up_to_the_charge_exactly_whatever_it_is_and_however_many() {
        qt().forAll(longs().between(1, 500_000), integers().between(1, ChargeRules.MOST_INSTALMENTS), integers().between(0, 365))
                .assuming((pence, count, offset) -> pence >= count)
                .checkAssert((pence, count, offset) -> {
                    LocalDate first = TODAY.plusDays(offset);
                    var parts = ChargeRules.split(Money.ofPence(pence), count, first);
                    assertThat(parts).hasSize(count);
                    assertThat(Money.sum(parts.stream().map(PlannedInstalment::amount).toList())).isEqualTo(Money.ofPence(pence));
                    long least = parts.stream().mapToLong(p -> p.amount().pence()).min().orElseThrow();
                    long most = parts.stream().mapToLong(p -> p.amount().pence()).max().orElseThrow();
                    assertThat(least).isPositive();
                    assertThat(most - least).as("within a penny of each other").isLessThanOrEqualTo(1);
                    for (int i = 0; i < count; i++) {
                        assertThat(parts.get(i).number()).isEqualTo(i + 1);
                        assertThat(parts.get(i).dueOn()).isEqualTo(first.plusMonths(i));
                        if (i > 0) {
                            assertThat(parts.get(i).amount()).as("odd pennies first").isLessThanOrEqualTo(parts.get(i - 1).amount());
                        }
                    }
                });
    }

    @Test
    void a_hundred_pounds_in_three_puts_the_odd_penny_first_and_the_31st_falls_back_to_the_months_last_day() {
        var parts = ChargeRules.split(Money.ofPounds(100), 3, LocalDate.of(2027, 1, 31));
        assertThat(parts).extracting(p -> p.amount().formatted()).containsExactly("£33.34", "£33.33", "£33.33");
        assertThat(parts).extracting(PlannedInstalment::dueOn)
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
    }

    @Test
    void impossible_splits_are_refused() {
        assertThatThrownBy(() -> ChargeRules.split(Money.ZERO, 1, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChargeRules.split(Money.ofPence(2), 3, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChargeRules.split(Money.ofPounds(10), 13, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_good_form_is_a_plan() {
        var plan = ChargeRules.plan(new ChargeForm(ChargeKind.POST16_CONTRIBUTION, "£1,200.50", " 4 ", "1", "9", "2027",
                "  The council's post-16 contribution for 2027 to 2028.  "), TODAY);
        assertThat(plan.total()).isEqualTo(Money.ofPounds(1200, 50));
        assertThat(plan.reason()).isEqualTo("The council's post-16 contribution for 2027 to 2028.");
        assertThat(plan.instalments()).hasSize(4).first().satisfies(i -> assertThat(i.dueOn()).isEqualTo(LocalDate.of(2027, 9, 1)));
    }

    @Test
    void every_problem_with_the_form_is_reported_at_its_field_in_govuk_words() {
        assertThat(problems(new ChargeForm(null, "", "", "", "", "", ""))).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "kind", "Select what the charge is for",
                "amount", Money.ENTER_AN_AMOUNT,
                "instalments", "Enter how many instalments, or 1 to pay in full",
                "firstDue", "Enter the date the first payment is due",
                "reason", "Enter the reason for the charge: the family reads it"));
        assertThat(problems(form("12.345", "1", "1", "1", "2027"))).containsEntry("amount", Money.TOO_MANY_PENCE_DIGITS);
        assertThat(problems(form("0", "1", "1", "1", "2027"))).containsEntry("amount", "Enter an amount more than £0.00");
        assertThat(problems(form("-5", "1", "1", "1", "2027"))).containsEntry("amount", Money.NOT_NEGATIVE);
        assertThat(problems(form("50000", "1", "1", "1", "2027"))).containsEntry("amount", "Enter an amount of £5,000.00 or less");
        assertThat(problems(form("£0.02", "3", "1", "1", "2027"))).containsEntry("instalments", "Enter fewer instalments: each must be at least £0.01");
        assertThat(problems(form("100", "13", "1", "1", "2027"))).containsEntry("instalments", "Enter a whole number of instalments from 1 to 12");
        assertThat(problems(form("100", "two", "1", "1", "2027"))).containsKey("instalments");
        assertThat(problems(form("100", "1", "31", "2", "2027"))).containsEntry("firstDue",
                "The date the first payment is due must be a real date, like 1 9 2027");
        assertThat(problems(form("100", "1", "30", "11", "2026"))).containsEntry("firstDue",
                "The date the first payment is due must be today or in the future");
        assertThat(problems(form("100", "1", "2", "12", "2027"))).containsEntry("firstDue", "The date the first payment is due must be within a year");
        assertThat(problems(new ChargeForm(ChargeKind.SPARE_SEAT, "100", "1", "1", "1", "2027", "x".repeat(1001)))).containsKey("reason");
    }

    @Test
    void an_instalment_is_paid_once_and_refunded_only_after_it_was_paid() {
        assertThat(InstalmentStatus.DUE.payable()).isTrue();
        assertThat(InstalmentStatus.DUE.refundable()).isFalse();
        assertThat(InstalmentStatus.PAID.payable()).isFalse();
        assertThat(InstalmentStatus.PAID.refundable()).isTrue();
        assertThat(InstalmentStatus.REFUNDED.payable()).isFalse();
        assertThat(InstalmentStatus.REFUNDED.refundable()).isFalse();
    }

    static ChargeForm form(String amount, String count, String day, String month, String year) {
        return new ChargeForm(ChargeKind.SPARE_SEAT, amount, count, day, month, year, "Spare seat on route 12");
    }

    static java.util.Map<String, String> problems(ChargeForm form) {
        try {
            ChargeRules.plan(form, TODAY);
            return java.util.Map.of();
        } catch (InvalidCharge refused) {
            return refused.problems();
        }
    }
}
