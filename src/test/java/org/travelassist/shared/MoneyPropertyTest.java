package org.travelassist.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Allocation and format/parse round trips for any amount, not just the ones we thought of (QuickTheories: a
 * thousand generated cases per property, shrunk to the smallest one that fails, with the seed to replay it).
 */
class MoneyPropertyTest {

    @Test
    void equal_parts_add_up_exactly_and_differ_by_at_most_a_penny() {
        qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(1, 500))
                .checkAssert((pence, parts) -> {
                    List<Money> shares = Money.ofPence(pence).allocate(parts);

                    assertThat(shares).hasSize(parts);
                    assertThat(Money.sum(shares)).isEqualTo(Money.ofPence(pence));
                    long largest = shares.stream().mapToLong(m -> Math.abs(m.pence())).max().orElseThrow();
                    long smallest = shares.stream().mapToLong(m -> Math.abs(m.pence())).min().orElseThrow();
                    assertThat(largest - smallest).isLessThanOrEqualTo(1);
                });
    }

    @Test
    void the_first_parts_get_the_odd_pennies() {
        qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), integers().between(1, 500))
                .checkAssert((pence, parts) -> {
                    List<Money> shares = Money.ofPence(pence).allocate(parts);

                    long oddPennies = Math.abs(pence) % parts;
                    long floor = Math.abs(pence) / parts;
                    IntStream.range(0, parts).forEach(i -> assertThat(Math.abs(shares.get(i).pence()))
                            .isEqualTo(i < oddPennies ? floor + 1 : floor));
                    // Never a share of the opposite sign.
                    assertThat(shares).allMatch(share -> pence >= 0 ? !share.isNegative() : !share.isPositive());
                });
    }

    @Test
    void shares_by_ratio_add_up_exactly_and_are_within_a_penny_of_the_exact_share() {
        qt().forAll(
                        longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                        lists().of(longs().between(0, 1_000_000)).ofSizeBetween(1, 20))
                .assuming((pence, ratios) -> ratios.stream().mapToLong(Long::longValue).sum() > 0)
                .checkAssert((pence, ratios) -> {
                    long ratioSum = ratios.stream().mapToLong(Long::longValue).sum();
                    List<Money> shares = Money.ofPence(pence)
                            .allocateByRatios(ratios.stream().mapToLong(Long::longValue).toArray());

                    assertThat(Money.sum(shares)).isEqualTo(Money.ofPence(pence));
                    for (int i = 0; i < ratios.size(); i++) {
                        double exact = (double) pence * ratios.get(i) / ratioSum;
                        assertThat(Math.abs(shares.get(i).pence() - exact)).isLessThan(1.0 + 1e-6 * Math.abs(exact));
                        if (ratios.get(i) == 0) {
                            assertThat(shares.get(i).isZero()).isTrue();
                        }
                    }
                });
    }

    @Test
    void a_formatted_amount_reads_back_as_itself() {
        qt().forAll(longs().between(Long.MIN_VALUE + 1, Long.MAX_VALUE)).checkAssert(pence -> {
            Money money = Money.ofPence(pence);

            assertThat(Money.parseAllowingNegative(money.formatted())).isEqualTo(new Money.Parsed.Amount(money));
            if (!money.isNegative()) {
                assertThat(Money.parse(money.formatted())).isEqualTo(new Money.Parsed.Amount(money));
            }
        });
    }

    @Test
    void plain_pounds_and_pence_as_people_type_them_read_back() {
        qt().forAll(longs().between(0, 10_000_000), integers().between(0, 99)).checkAssert((pounds, pence) -> {
            String typed = pounds + "." + String.format("%02d", pence);

            assertThat(Money.parse(typed)).isEqualTo(new Money.Parsed.Amount(Money.ofPounds(pounds, pence)));
            assertThat(Money.parse(" £" + typed + " ")).isEqualTo(new Money.Parsed.Amount(Money.ofPounds(pounds, pence)));
        });
    }
}
