package org.travelassist.eligibility.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.travelassist.BrowserlessViewTest;

/** The checker's answer for a child who looks eligible says what a travel budget would be worth, as an estimate. */
class CheckEstimateIT extends BrowserlessViewTest {

    private String check(String postcode) {
        CheckView view = navigate(CheckView.class);
        test(view.postcode).setValue(postcode);
        test(view.dateOfBirth.day).setValue("1");
        test(view.dateOfBirth.month).setValue("5");
        test(view.dateOfBirth.year).setValue("2014");
        test(view.check).click();
        assertThat(getCurrentView()).isInstanceOf(CheckResultView.class);
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void a_child_who_looks_eligible_is_told_about_what_a_budget_would_be_worth_labelled_as_an_estimate() {
        assertThat(check("PE9 3TE")).contains("Your child is likely to get free travel to school");
        String estimate = $(Div.class).id("estimate").getElement().getTextRecursively();
        assertThat(estimate).startsWith("What a travel budget would be worth")
                .containsPattern("it would be about £[0-9,]+ a year, paid in 3 termly instalments\\.")
                .contains("This is an estimate");
    }

    @Test
    void a_child_who_does_not_look_eligible_gets_no_estimate() {
        String answer = check("LE15 7HY");
        assertThat(answer).doesNotContain("Your child is likely to get free travel to school");
        assertThat($(Div.class).all()).noneMatch(div -> div.getId().filter("estimate"::equals).isPresent());
    }
}
