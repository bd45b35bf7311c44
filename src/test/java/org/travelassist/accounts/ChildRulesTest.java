package org.travelassist.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChildRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static ChildForm form(String name, String day, String month, String year, String postcode, @Nullable Boolean ehcp) {
        return new ChildForm(name, day, month, year, "1 High Street", "", postcode, "", ehcp);
    }

    @Test
    void a_complete_form_has_no_problems() {
        assertThat(ChildRules.problems(form("Ada Lovelace", "10", "12", "2015", "le156hq", true), TODAY)).isEmpty();
    }

    @Test
    void problems_are_listed_in_the_order_of_the_fields() {
        var problems = ChildRules.problems(new ChildForm("", "", "", "", "", "", "", "", null), TODAY);
        assertThat(problems.keySet()).containsExactly(ChildRules.FULL_NAME, ChildRules.DATE_OF_BIRTH,
                ChildRules.ADDRESS_LINE1, ChildRules.POSTCODE, ChildRules.HAS_EHC_PLAN);
        assertThat(problems.get(ChildRules.FULL_NAME)).isEqualTo("Enter your child's full name");
        assertThat(problems.get(ChildRules.DATE_OF_BIRTH)).isEqualTo("Enter your child's date of birth");
    }

    @Test
    void a_name_of_100_characters_is_accepted_and_one_of_101_or_500_is_not() {
        assertThat(ChildRules.problems(form("x".repeat(100), "1", "1", "2015", "LE15 6HQ", false), TODAY)).isEmpty();
        assertThat(ChildRules.problems(form("x".repeat(101), "1", "1", "2015", "LE15 6HQ", false), TODAY))
                .containsEntry(ChildRules.FULL_NAME, "Full name must be 100 characters or fewer");
        assertThat(ChildRules.problems(form("x".repeat(500), "1", "1", "2015", "LE15 6HQ", false), TODAY))
                .containsKey(ChildRules.FULL_NAME);
    }

    @Test
    void a_name_of_only_spaces_is_empty() {
        assertThat(ChildRules.problems(form("   ", "1", "1", "2015", "LE15 6HQ", false), TODAY))
                .containsEntry(ChildRules.FULL_NAME, "Enter your child's full name");
    }

    @ParameterizedTest
    @CsvSource({
        "'', 12, 2015, Date of birth must include a day",
        "10, '', 2015, Date of birth must include a month",
        "10, 12, '', Date of birth must include a year",
        "31, 2, 2015, Date of birth must be a real date",
        "10, 13, 2015, Date of birth must be a real date",
        "ten, 12, 2015, Date of birth must be a real date",
        "10, 12, 15, Date of birth must be a real date",
        "24, 11, 2026, Date of birth must be in the past",
        "1, 1, 2099, Date of birth must be in the past",
        "22, 11, 2001, Date of birth must be within the last 25 years"
    })
    void a_wrong_date_of_birth_says_what_is_wrong(String day, String month, String year, String message) {
        assertThat(ChildRules.problems(form("Ada", day, month, year, "LE15 6HQ", false), TODAY))
                .containsEntry(ChildRules.DATE_OF_BIRTH, message);
    }

    @ParameterizedTest
    @CsvSource({"23, 11, 2026", "23, 11, 2001", "29, 2, 2016"})
    void today_and_exactly_25_years_ago_and_a_leap_day_are_accepted(String day, String month, String year) {
        assertThat(ChildRules.problems(form("Ada", day, month, year, "LE15 6HQ", false), TODAY)).isEmpty();
        assertThat(ChildRules.dateOfBirth(form("Ada", day, month, year, "LE15 6HQ", false)))
                .isEqualTo(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    }

    @Test
    void a_postcode_that_cannot_exist_gets_an_example_of_a_real_one() {
        assertThat(ChildRules.problems(form("Ada", "1", "1", "2015", "LE15", false), TODAY))
                .containsEntry(ChildRules.POSTCODE, "Enter a real postcode, like LE15 6HQ");
        assertThat(ChildRules.problems(form("Ada", "1", "1", "2015", " ", false), TODAY))
                .containsEntry(ChildRules.POSTCODE, "Enter the postcode of your child's home address");
    }

    @Test
    void the_ehc_plan_question_must_be_answered() {
        assertThat(ChildRules.problems(form("Ada", "1", "1", "2015", "LE15 6HQ", null), TODAY))
                .containsOnlyKeys(ChildRules.HAS_EHC_PLAN);
    }
}
