package org.travelassist.eligibility.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.shared.ui.RouteMap;

class CheckViewIT extends BrowserlessViewTest {

    @Autowired SchoolRegister schools;

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
    void the_page_uses_the_same_constraints_as_the_api_and_says_what_is_wrong_with_the_typing_itself() {
        CheckView view = navigate(CheckView.class);
        test(view.dateOfBirth.day).setValue("1");
        test(view.dateOfBirth.year).setValue("2014");
        test(view.check).click();
        assertThat(view.errors.messages()).containsEntry("postcode", "Enter your home postcode")
                .containsEntry("dateOfBirth", "Date of birth must include a month");

        test(view.postcode).setValue("LE15 7HY");
        test(view.dateOfBirth.month).setValue("1");
        test(view.dateOfBirth.year).setValue("1990");
        test(view.check).click();
        assertThat(view.errors.messages()).containsOnlyKeys("dateOfBirth")
                .containsEntry("dateOfBirth", "Date of birth must be within the last 25 years");
    }

    @Test
    void the_childs_sex_is_optional_and_kept_when_the_family_comes_back() {
        CheckView view = navigate(CheckView.class);
        test(view.postcode).setValue("LE15 7HY");
        test(view.dateOfBirth.day).setValue("1");
        test(view.dateOfBirth.month).setValue("5");
        test(view.dateOfBirth.year).setValue("2014");
        test(view.sex).selectItem("Girl");
        test(view.check).click();
        assertThat(getCurrentView()).isInstanceOf(CheckResultView.class);

        CheckView again = navigate(CheckView.class);
        assertThat(again.sex.getValue()).isEqualTo("GIRL");
    }

    @Test
    void a_real_postcode_outside_rutland_says_which_council_to_contact() {
        CheckView view = navigate(CheckView.class);
        test(view.postcode).setValue("SW1A 1AA");
        test(view.dateOfBirth.day).setValue("1");
        test(view.dateOfBirth.month).setValue("5");
        test(view.dateOfBirth.year).setValue("2014");
        test(view.check).click();

        assertThat(view.errors.messages().get("postcode")).startsWith("SW1A 1AA is not in Rutland. Contact Westminster City Council")
                .endsWith("If your home is new and in Rutland, call Rutland County Council on 01572 722577.");
    }

    @Test
    void typed_school_text_is_chosen_when_one_school_matches_and_kept_and_flagged_when_not() {
        CheckView view = navigate(CheckView.class);
        view.typedSchool.chooseTyped("Catmose Prim");
        assertThat(view.school.getValue().name()).isEqualTo("Catmose Primary School");

        view.school.clear();
        view.typedSchool.chooseTyped("Catmose");
        assertThat(view.school.getValue()).as("two schools match").isNull();
        test(view.postcode).setValue("LE15 7HY");
        test(view.dateOfBirth.day).setValue("1");
        test(view.dateOfBirth.month).setValue("5");
        test(view.dateOfBirth.year).setValue("2014");
        test(view.check).click();
        assertThat(view.errors.messages()).containsOnlyKeys("school");
        assertThat(view.errors.messages().get("school")).isEqualTo("More than one school matches \u201cCatmose\u201d: choose one from the list, or clear the box if you have not decided");

        view.school.clear();
        view.typedSchool.chooseTyped(" ");
        test(view.check).click();
        assertThat(getCurrentView()).isInstanceOf(CheckResultView.class);
        assertThat(CheckAnswers.result().orElseThrow().result().summary())
                .startsWith("You did not choose a school, so this answer is for the nearest suitable school, Catmose College.");
    }

    @Test
    void the_map_is_drawn_from_data_sent_with_the_answer_not_kept_in_the_session() {
        CheckView view = navigate(CheckView.class);
        test(view.postcode).setValue("PE9 3TE");
        test(view.dateOfBirth.day).setValue("1");
        test(view.dateOfBirth.month).setValue("5");
        test(view.dateOfBirth.year).setValue("2014");
        test(view.check).click();

        var map = (RouteMap) find(RouteMap.class).withId("route-map").single();
        // The route and the streets around it were half of a checker session's heap while they were a property.
        assertThat(map.getElement().hasProperty("data")).isFalse();
        assertThat(map.getElement().getAttribute("aria-label")).startsWith("Map of the walking route from Your home to ");
        assertThat(((CheckResultView) getCurrentView()).getElement().getTextRecursively()).contains("points of the OpenStreetMap network");
    }

    @Test
    void the_result_page_without_a_check_goes_back_to_the_questions() {
        navigate("check/result", CheckView.class);
    }
}
