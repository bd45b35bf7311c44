package org.travelassist.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The bank details rules for any input, not just the ones we thought of (QuickTheories). */
class BankDetailsRulesPropertyTest {

    private static final String[] SEPARATORS = {"", "", " ", "-", "  ", " - ", "\u2013", "\u00A0"};

    /** {@code length} digits with a random separator (often none) before each. */
    static Gen<String> digitsWithSeparators(int length) {
        return lists().of(integers().between(0, 9 * SEPARATORS.length + 9)).ofSize(length).map(BankDetailsRulesPropertyTest::spell);
    }

    private static String spell(List<Integer> codes) {
        var typed = new StringBuilder();
        for (int code : codes) {
            typed.append(SEPARATORS[code / 10 % SEPARATORS.length]).append(code % 10);
        }
        return typed.toString();
    }

    private static String digitsOf(String typed) {
        return typed.replaceAll("[^0-9]", "");
    }

    @Test
    void any_six_digits_however_separated_are_a_sort_code_and_read_back_as_those_digits() {
        qt().forAll(digitsWithSeparators(6), digitsWithSeparators(8)).checkAssert((sortCode, account) -> {
            var form = new BankDetailsForm("Ada Lovelace", sortCode, account, "");
            assertThat(BankDetailsRules.problems(form)).isEmpty();
            var kept = BankDetailsRules.normalised(form);
            assertThat(kept.sortCode()).isEqualTo(digitsOf(sortCode)).hasSize(6);
            assertThat(kept.accountNumber()).isEqualTo(digitsOf(account)).hasSize(8);
            assertThat(BankDetailsRules.displaySortCode(kept.sortCode())).matches("\\d\\d-\\d\\d-\\d\\d");
            assertThat(new Payee(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), kept.accountName(), kept.sortCode(),
                    kept.accountNumber(), null).toString()).doesNotContain(kept.accountNumber());
        });
    }

    @Test
    void an_account_number_of_any_other_length_is_refused_with_the_length_message() {
        qt().forAll(integers().between(1, 30)).assuming(length -> length != 8)
                .checkAssert(length -> assertThat(BankDetailsRules.problems(new BankDetailsForm("A", "309430", "1".repeat(length), ""))
                        .get(BankDetailsRules.ACCOUNT_NUMBER)).isEqualTo(BankDetailsRules.ACCOUNT_NUMBER_LENGTH));
    }

    @Test
    void anything_typed_is_either_refused_with_a_message_or_kept_in_the_stored_form() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 70), strings().allPossible().ofLengthBetween(0, 12),
                        strings().allPossible().ofLengthBetween(0, 12), strings().allPossible().ofLengthBetween(0, 22))
                .checkAssert((name, sortCode, account, roll) -> {
                    var form = new BankDetailsForm(name, sortCode, account, roll);
                    var problems = BankDetailsRules.problems(form);
                    assertThat(problems.values()).allSatisfy(message -> assertThat(message).isNotBlank());
                    if (problems.isEmpty()) {
                        var kept = BankDetailsRules.normalised(form);
                        assertThat(kept.accountName()).isNotBlank().hasSizeLessThanOrEqualTo(BankDetailsRules.ACCOUNT_NAME_MAX_LENGTH);
                        assertThat(kept.sortCode()).matches("[0-9]{6}");
                        assertThat(kept.accountNumber()).matches("[0-9]{8}");
                        assertThat(kept.rollNumber()).matches("[A-Za-z0-9 ./\\-]{0,18}");
                    }
                });
    }

    @Test
    void the_bacs_name_always_fits_standard_18() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 80)).checkAssert(name ->
                assertThat(BankDetailsRules.bacsName(name)).hasSizeLessThanOrEqualTo(18).matches("[A-Z0-9.&/\\- ]*")
                        .doesNotStartWith(" ").doesNotEndWith(" "));
    }

    @Test
    void a_roll_number_of_allowed_characters_up_to_eighteen_long_is_kept() {
        String allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./- ";
        Gen<String> rolls = lists().of(integers().between(0, allowed.length() - 1)).ofSizeBetween(1, 18)
                .map(picks -> picks.stream().map(i -> String.valueOf(allowed.charAt(i))).reduce("", String::concat).strip());
        qt().forAll(rolls).assuming(roll -> !roll.isEmpty())
                .checkAssert(roll -> assertThat(BankDetailsRules.normalised(new BankDetailsForm("A", "309430", "00733445", roll)).rollNumber())
                        .isEqualTo(roll));
    }
}
