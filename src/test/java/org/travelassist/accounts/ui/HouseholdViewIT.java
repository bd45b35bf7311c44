package org.travelassist.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class HouseholdViewIT extends BrowserlessViewTest {

    @Autowired HouseholdService households;

    @Test
    void a_parent_sees_only_their_own_children() {
        TestUsers.newParent(directory);
        households.addChild(UUID.randomUUID(), new ChildForm("Someone Else", "1", "2", "2015", "4 Oak Road", "", "LE15 6HQ", "", false));
        TestUsers.newParent(directory);
        households.addChild(UUID.randomUUID(), new ChildForm("Rosalind Franklin", "25", "7", "2013", "5 Elm Road", "Uppingham", "LE15 9QX", "", true));

        HouseholdView view = navigate(HouseholdView.class);

        assertThat(find(H2.class, view.children).all()).extracting(H2::getText).containsExactly("Rosalind Franklin");
    }

    @Test
    void a_parent_with_no_children_is_told_so() {
        TestUsers.newParent(directory);
        HouseholdView view = navigate(HouseholdView.class);
        assertThat(view.children.getElement().getTextRecursively()).contains("You have not added any children yet.");
    }

    @Test
    void staff_cannot_open_household_pages() {
        TestUsers.newStaff(directory, "TransportOfficer");
        navigate("household", NotFoundView.class);
        navigate(ChildFormView.NEW_ROUTE, NotFoundView.class);
    }

    @Test
    void an_adviser_cannot_open_household_pages() {
        TestUsers.signIn(directory, "families", "adviser", "sam.adebayo@sendias.example.org", java.util.Set.of());
        navigate("household", NotFoundView.class);
        navigate("adviser", AdviserHomeView.class);
    }

    @Test
    void someone_not_signed_in_does_not_get_the_household_page() {
        // Vaadin sends them to the sign-in URL with a browser redirect, which the browser journeys follow.
        assertThat(navigate("household", com.vaadin.flow.component.Component.class)).isNotInstanceOf(HouseholdView.class);
    }
}
