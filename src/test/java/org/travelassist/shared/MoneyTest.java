package org.travelassist.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "191520 | £1,915.20",
        "5 | £0.05",
        "0 | £0.00",
        "-500 | -£5.00",
        "100000000 | £1,000,000.00",
        "-191520 | -£1,915.20"
    })
    void amounts_are_shown_as_govuk_writes_money(long pence, String shown) {
        assertThat(Money.ofPence(pence).formatted()).isEqualTo(shown);
    }

    @Test
    void a_negative_amount_can_be_spoken_as_minus() {
        assertThat(Money.ofPence(-500).spoken()).isEqualTo("minus £5.00");
        assertThat(Money.ofPence(500).spoken()).isEqualTo("£5.00");
    }

    @Test
    void arithmetic_is_exact_in_pence() {
        Money fare = Money.ofPounds(12, 50);
        assertThat(fare.pence()).isEqualTo(1250);
        assertThat(fare.plus(Money.ofPence(5))).isEqualTo(Money.ofPence(1255));
        assertThat(fare.minus(Money.ofPounds(20))).isEqualTo(Money.ofPence(-750));
        assertThat(fare.times(190)).isEqualTo(Money.ofPounds(2375));
        assertThat(fare.negate()).isEqualTo(Money.ofPence(-1250));
        assertThat(Money.ofPounds(-3, 5)).isEqualTo(Money.ofPence(-305));
        assertThat(Money.sum(java.util.List.of(fare, fare, Money.ZERO))).isEqualTo(Money.ofPounds(25));
    }

    @Test
    void amounts_compare_by_value() {
        assertThat(Money.ofPence(1)).isGreaterThan(Money.ZERO);
        assertThat(Money.ofPence(1).isGreaterThan(Money.ZERO)).isTrue();
        assertThat(Money.ofPence(-1).isLessThan(Money.ZERO)).isTrue();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.ofPence(-1).isNegative()).isTrue();
        assertThat(Money.ofPence(1).isPositive()).isTrue();
        assertThat(Money.ZERO.isNegative() || Money.ZERO.isPositive()).isFalse();
    }

    @Test
    void overflow_fails_rather_than_wrapping() {
        Money most = Money.ofPence(Long.MAX_VALUE);
        assertThatThrownBy(() -> most.plus(Money.ofPence(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> most.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> most.negate().minus(Money.ofPence(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofPounds(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void odd_pennies_go_to_the_first_parts() {
        assertThat(Money.ofPounds(10).allocate(3)).extracting(Money::pence).containsExactly(334L, 333L, 333L);
        assertThat(Money.ofPounds(-10).allocate(3)).extracting(Money::pence).containsExactly(-334L, -333L, -333L);
        assertThat(Money.ofPence(2).allocate(4)).extracting(Money::pence).containsExactly(1L, 1L, 0L, 0L);
    }

    @Test
    void by_ratios_the_odd_pennies_go_where_rounding_lost_most() {
        // Exact shares 3.3333, 6.6666: the second lost more in rounding down, so it gets the penny.
        assertThat(Money.ofPence(10).allocateByRatios(1, 2)).extracting(Money::pence).containsExactly(3L, 7L);
        // A part with ratio 0 gets nothing, even when it comes first.
        assertThat(Money.ofPence(5).allocateByRatios(0, 1, 1)).extracting(Money::pence).containsExactly(0L, 3L, 2L);
        // 190 school days of a £1,915.20 budget in 3 terms of 70, 55 and 65 days.
        assertThat(Money.ofPence(191520).allocateByRatios(70, 55, 65))
                .extracting(Money::pence)
                .containsExactly(70560L, 55440L, 65520L);
    }

    @Test
    void allocation_needs_parts_and_sensible_ratios() {
        assertThatThrownBy(() -> Money.ofPounds(1).allocate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofPounds(1).allocateByRatios()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofPounds(1).allocateByRatios(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofPounds(1).allocateByRatios(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "£1,915.20 | 191520",
        "1915.2 | 191520",
        "1,915 | 191500",
        "' 12 ' | 1200",
        "£12 | 1200",
        "£ 12.05 | 1205",
        ".50 | 50",
        "0 | 0",
        "1,000,000 | 100000000",
        "92233720368547758.07 | 9223372036854775807"
    })
    void typed_amounts_are_read(String typed, long pence) {
        assertThat(Money.parse(typed)).isEqualTo(new Money.Parsed.Amount(Money.ofPence(pence)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | Enter an amount, like £12.50",
        "'   ' | Enter an amount, like £12.50",
        "£ | Enter an amount in pounds and pence, using numbers, like £12.50",
        "abc | Enter an amount in pounds and pence, using numbers, like £12.50",
        "12p | Enter an amount in pounds and pence, using numbers, like £12.50",
        "12. | Enter an amount in pounds and pence, using numbers, like £12.50",
        "1.2.3 | Enter an amount in pounds and pence, using numbers, like £12.50",
        "1 915 | Enter an amount in pounds and pence, using numbers, like £12.50",
        "1.234 | Enter an amount with no more than 2 numbers after the decimal point, like £12.50",
        "12,34 | Use commas only to separate thousands, like £1,915.20, or leave them out",
        "1,9150 | Use commas only to separate thousands, like £1,915.20, or leave them out",
        "-1 | Enter an amount of £0.00 or more",
        "-£5.00 | Enter an amount of £0.00 or more",
        "92233720368547758.08 | Enter a smaller amount"
    })
    void what_cannot_be_an_amount_is_refused_with_a_message_a_form_can_show(String typed, String message) {
        assertThat(Money.parse(typed)).isEqualTo(new Money.Parsed.Refused(message));
    }

    @Test
    void a_minus_sign_is_read_where_negative_amounts_are_allowed() {
        assertThat(Money.parseAllowingNegative("-1")).isEqualTo(new Money.Parsed.Amount(Money.ofPence(-100)));
        assertThat(Money.parseAllowingNegative("-£5.00")).isEqualTo(new Money.Parsed.Amount(Money.ofPence(-500)));
        assertThat(Money.parseAllowingNegative("\u2212£0.05")).isEqualTo(new Money.Parsed.Amount(Money.ofPence(-5)));
        assertThat(Money.parseAllowingNegative("-abc")).isInstanceOf(Money.Parsed.Refused.class);
    }
}
