package org.travelassist.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.travelassist.accounts.BankDetailsRules.ACCOUNT_NAME;
import static org.travelassist.accounts.BankDetailsRules.ACCOUNT_NUMBER;
import static org.travelassist.accounts.BankDetailsRules.ROLL_NUMBER;
import static org.travelassist.accounts.BankDetailsRules.SORT_CODE;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GOV.UK's bank details pattern, message by message. */
class BankDetailsRulesTest {

    static BankDetailsForm form(String name, String sortCode, String account, String roll) {
        return new BankDetailsForm(name, sortCode, account, roll);
    }

    @Test
    void an_empty_form_gets_govuks_message_for_each_required_field_in_field_order() {
        assertThat(BankDetailsRules.problems(BankDetailsForm.empty())).containsExactly(
                Map.entry(ACCOUNT_NAME, "Enter the name on the account"),
                Map.entry(SORT_CODE, "Enter a sort code"),
                Map.entry(ACCOUNT_NUMBER, "Enter an account number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"309430", "30-94-30", "30 94 30", " 30  94-30 ", "30–94–30", "30\u00A094\u00A030"})
    void a_sort_code_may_be_typed_with_spaces_hyphens_or_dashes(String typed) {
        var details = BankDetailsRules.normalised(form("Ada Lovelace", typed, "00733445", ""));
        assertThat(details.sortCode()).isEqualTo("309430");
        assertThat(BankDetailsRules.displaySortCode(details.sortCode())).isEqualTo("30-94-30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "3094301", "30-94-3O", "30.94.30", "30/94/30", "٣٠٩٤٣٠"})
    void a_sort_code_that_is_not_six_digits_is_refused_with_the_example(String typed) {
        assertThat(BankDetailsRules.problems(form("Ada Lovelace", typed, "00733445", "")))
                .containsExactly(Map.entry(SORT_CODE, "Enter a valid sort code like 309430"));
    }

    @Test
    void an_account_number_with_anything_but_digits_gets_the_format_message_and_the_wrong_length_the_length_message() {
        assertThat(BankDetailsRules.problems(form("A", "309430", "0073344S", "")).get(ACCOUNT_NUMBER))
                .isEqualTo("Enter a valid account number like 00733445");
        assertThat(BankDetailsRules.problems(form("A", "309430", "733445", "")).get(ACCOUNT_NUMBER))
                .as("6 digits: GOV.UK allows them, BACS needs 8 and GOV.UK does not say how to pad")
                .isEqualTo("Account number must be 8 digits");
        assertThat(BankDetailsRules.problems(form("A", "309430", "007334456", "")).get(ACCOUNT_NUMBER))
                .isEqualTo("Account number must be 8 digits");
        assertThat(BankDetailsRules.normalised(form("A", "309430", "0073 3445", "")).accountNumber()).isEqualTo("00733445");
    }

    @Test
    void the_name_is_kept_in_full_up_to_sixty_characters_and_tidied() {
        assertThat(BankDetailsRules.normalised(form("  Siobhán   O'Brien-Ng\u000B ", "309430", "00733445", "")).accountName())
                .isEqualTo("Siobhán O'Brien-Ng");
        assertThat(BankDetailsRules.problems(form("x".repeat(60), "309430", "00733445", ""))).isEmpty();
        assertThat(BankDetailsRules.problems(form("x".repeat(61), "309430", "00733445", "")))
                .containsExactly(Map.entry(ACCOUNT_NAME, "Name on the account must be 60 characters or fewer"));
        assertThat(BankDetailsRules.problems(form(" \t ", "309430", "00733445", "")))
                .containsExactly(Map.entry(ACCOUNT_NAME, "Enter the name on the account"));
    }

    @Test
    void a_roll_number_is_optional_and_checked_with_govuks_messages() {
        assertThat(BankDetailsRules.normalised(form("A", "309430", "00733445", "  ")).rollNumber()).isEmpty();
        assertThat(BankDetailsRules.normalised(form("A", "309430", "00733445", " 123/456.78-AB c ")).rollNumber()).isEqualTo("123/456.78-AB c");
        assertThat(BankDetailsRules.problems(form("A", "309430", "00733445", "1".repeat(19))))
                .containsExactly(Map.entry(ROLL_NUMBER, "Building society roll number must be between 1 and 18 characters"));
        assertThat(BankDetailsRules.problems(form("A", "309430", "00733445", "ROLL#1")))
                .containsExactly(Map.entry(ROLL_NUMBER, "Building society roll number must only include letters a to z, "
                        + "numbers, hyphens, spaces, forward slashes and full stops"));
    }

    @Test
    void details_with_problems_are_never_normalised() {
        assertThatThrownBy(() -> BankDetailsRules.normalised(form("A", "12", "00733445", ""))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_bacs_name_is_eighteen_characters_from_the_standard_18_set_and_the_payee_keeps_the_full_name() {
        assertThat(BankDetailsRules.bacsName("Siobhán O'Brien-Ng & Søren Ålund")).isEqualTo("SIOBHAN OBRIEN-NG");
        assertThat(BankDetailsRules.bacsName("Mr A. Smith")).isEqualTo("MR A. SMITH");
        var payee = new Payee(UUID.randomUUID(), UUID.randomUUID(), "Siobhán O'Brien-Ng & Søren Ålund", "309430", "00733445", null);
        assertThat(payee.bacsName()).isEqualTo("SIOBHAN OBRIEN-NG");
        assertThat(payee.accountName()).isEqualTo("Siobhán O'Brien-Ng & Søren Ålund");
        assertThat(payee.toString()).doesNotContain("00733445").contains("Account ending 3445");
    }

    @Test
    void only_the_last_four_digits_are_shown() {
        assertThat(BankDetailsRules.maskedAccount("00733445")).isEqualTo("Account ending 3445");
        assertThat(BankDetailsRules.MODULUS_CHECKED).as("the page and README say the modulus check is not done").isFalse();
    }
}
