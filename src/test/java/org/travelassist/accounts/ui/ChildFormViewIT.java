package org.travelassist.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.ChildRules;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class ChildFormViewIT extends BrowserlessViewTest {

    @Autowired HouseholdService households;

    @Test
    void problems_show_in_the_error_summary_and_at_the_fields_and_what_was_typed_stays() {
        TestUsers.newParent(directory);
        ChildFormView view = navigate(ChildFormView.NEW_ROUTE, ChildFormView.class);

        test(view.fullName).setValue("x".repeat(500));
        test(view.dateOfBirth.day).setValue("1");
        test(view.dateOfBirth.month).setValue("1");
        test(view.dateOfBirth.year).setValue("2099");
        test(view.postcode).setValue("LE15");
        test(view.save).click();

        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.errors.messages()).containsOnly(
                java.util.Map.entry(ChildRules.FULL_NAME, "Full name must be 100 characters or fewer"),
                java.util.Map.entry(ChildRules.DATE_OF_BIRTH, "Date of birth must be in the past"),
                java.util.Map.entry(ChildRules.ADDRESS_LINE1, "Enter the first line of your child's home address"),
                java.util.Map.entry(ChildRules.POSTCODE, "Enter a real postcode, like LE15 6HQ"),
                java.util.Map.entry(ChildRules.HAS_EHC_PLAN, "Select yes if your child has an education, health and care plan"));
        assertThat(view.fullName.isInvalid()).isTrue();
        assertThat(view.fullName.getErrorMessage()).isEqualTo("Full name must be 100 characters or fewer");
        assertThat(view.fullName.getValue()).hasSize(500);
        assertThat(view.getPageTitle()).startsWith("Error: Add a child");
        assertThat(view.save.isEnabled()).isTrue();
        assertThat(households.children()).isEmpty();
    }

    @Test
    void a_valid_child_is_saved_and_listed_in_the_household() {
        TestUsers.newParent(directory);
        ChildFormView view = navigate(ChildFormView.NEW_ROUTE, ChildFormView.class);

        test(view.fullName).setValue("Grace Hopper");
        test(view.dateOfBirth.day).setValue("9");
        test(view.dateOfBirth.month).setValue("12");
        test(view.dateOfBirth.year).setValue("2016");
        test(view.addressLine1).setValue("2 Mill Street");
        test(view.postcode).setValue(" le15  6hq ");
        test(view.hasEhcPlan).selectItem("No");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(HouseholdView.class);
        assertThat(households.children()).singleElement().satisfies(child -> {
            assertThat(child.fullName()).isEqualTo("Grace Hopper");
            assertThat(child.postcode().value()).isEqualTo("LE15 6HQ");
        });
    }

    @Test
    void changing_a_child_starts_from_their_saved_details() {
        TestUsers.newParent(directory);
        UUID id = UUID.randomUUID();
        households.addChild(id, new ChildForm("Alan Turing", "23", "6", "2014", "3 Church Lane", "", "LE15 6HQ", "", false));

        ChildFormView view = navigate("household/children/" + id + "/edit", ChildFormView.class);

        assertThat(view.fullName.getValue()).isEqualTo("Alan Turing");
        assertThat(view.dateOfBirth.year.getValue()).isEqualTo("2014");
        assertThat(view.heading.getText()).isEqualTo("Change Alan Turing's details");
        test(view.schoolName).setValue("Oakham C of E Primary School");
        test(view.save).click();
        assertThat(households.child(id).schoolName()).isEqualTo("Oakham C of E Primary School");
    }

    @Test
    void another_households_child_is_not_found_by_its_url() {
        TestUsers.newParent(directory);
        UUID id = UUID.randomUUID();
        households.addChild(id, new ChildForm("Mary Somerville", "1", "2", "2015", "4 Oak Road", "", "LE15 6HQ", "", false));

        TestUsers.newParent(directory);
        navigate("household/children/" + id + "/edit", NotFoundView.class);
        navigate("household/children/" + id + "/remove", NotFoundView.class);
        navigate("household/children/not-an-id/edit", NotFoundView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found - Travel Assist");
    }
}
