package org.travelassist.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.security.TestUsers;

class SignInViewIT extends BrowserlessViewTest {

    @Test
    void offers_both_identity_providers() {
        SignInView view = navigate(SignInView.class);
        assertThat(find(Anchor.class, view).all()).extracting(Anchor::getHref)
                .containsExactly("oauth2/authorization/families", "oauth2/authorization/staff");
        assertThat(view.problem.isVisible()).isFalse();
    }

    @Test
    void a_failed_sign_in_is_explained() {
        UI.getCurrent().navigate("sign-in", QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(SignInView.class);
        SignInView view = (SignInView) getCurrentView();
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getElement().getTextRecursively()).contains("You could not be signed in");
    }

    @Test
    void signed_in_people_land_on_the_page_for_their_role() {
        TestUsers.newParent(directory);
        assertThat(landingPageAfterSignIn()).isEqualTo("HouseholdView");
        TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(landingPageAfterSignIn()).isEqualTo("WorkQueueView");
        TestUsers.newStaff(directory, "FinanceOfficer");
        assertThat(landingPageAfterSignIn()).isEqualTo("PaymentsView");
        TestUsers.signIn(directory, "families", "adviser", "sam.adebayo@sendias.example.org", java.util.Set.of());
        assertThat(landingPageAfterSignIn()).isEqualTo("AdviserHomeView");
    }

    private String landingPageAfterSignIn() {
        return navigate("signed-in", com.vaadin.flow.component.Component.class).getClass().getSimpleName();
    }
}
