package org.travelassist.eligibility.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.travelassist.BrowserlessViewTest;

class CheckViewIT extends BrowserlessViewTest {

    @Test
    void anyone_can_check_without_signing_in_and_a_lower_case_postcode_is_understood() {
        CheckView view = navigate(CheckView.class);
        test(view.postcode).setValue("le15 7hy");
        test(view.dateOfBirth.day).setValue("1");
        test(view.dateOfBirth.month).setValue("5");
        test(view.dateOfBirth.year).setValue("2014");
        test(view.check).click();

        assertThat(getCurrentView()).isInstanceOf(CheckResultView.class);
        assertThat(((CheckResultView) getCurrentView()).getElement().getTextRecursively())
                .contains("Catmose College").contains("LE15 7HY").contains("RUTLAND-2026-1");
    }

    @Test
    void a_postcode_that_cannot_exist_and_a_future_date_are_explained() {
        CheckView view = navigate(CheckView.class);
        test(view.postcode).setValue("LE15");
        test(view.dateOfBirth.day).setValue("1");
        test(view.dateOfBirth.month).setValue("1");
        test(view.dateOfBirth.year).setValue("2099");
        test(view.check).click();

        assertThat(view.errors.messages()).containsEntry("postcode", "Enter a real postcode, like LE15 6HQ")
                .containsEntry("dateOfBirth", "Date of birth must be in the past");
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(view.check.isEnabled()).isTrue();
    }

    @Test
    void the_result_page_without_a_check_goes_back_to_the_questions() {
        navigate("check/result", CheckView.class);
    }
}
