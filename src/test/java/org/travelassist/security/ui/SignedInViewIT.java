package org.travelassist.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.security.TestUsers;

/** Where the signed-in page sends a person who asked for a page before signing in ({@code to}). */
class SignedInViewIT extends BrowserlessViewTest {

    @Test
    void returns_to_a_page_the_persons_roles_allow() {
        TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(afterSignIn("/officer/schools")).isEqualTo("SchoolRegisterView");
        assertThat(afterSignIn("/officer/email-not-sent")).isEqualTo("UndeliveredEmailView");

        TestUsers.newParent(directory);
        assertThat(afterSignIn("/household/advisers")).isEqualTo("AdvisersView");
        assertThat(afterSignIn("/check?postcode=LE15+6BX")).isEqualTo("CheckView");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getSingleParameter("postcode"))
                .contains("LE15 6BX");
    }

    @Test
    void a_page_of_another_role_lands_on_the_persons_own_page_not_on_page_not_found() {
        TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(afterSignIn("/household")).isEqualTo("WorkQueueView");
        assertThat(afterSignIn("/finance/payments")).isEqualTo("WorkQueueView");

        TestUsers.newParent(directory);
        assertThat(afterSignIn("/officer/queue")).isEqualTo("HouseholdView");
        assertThat(afterSignIn("/adviser")).isEqualTo("HouseholdView");
    }

    @Test
    void an_unknown_page_or_the_signed_in_page_itself_lands_on_the_persons_own_page() {
        TestUsers.newStaff(directory, "FinanceOfficer");
        assertThat(afterSignIn("/no-such-page")).isEqualTo("PaymentsView");
        assertThat(afterSignIn("/signed-in?to=/officer/queue")).isEqualTo("PaymentsView");
        assertThat(afterSignIn("")).isEqualTo("PaymentsView");
    }

    @Test
    void never_an_address_outside_the_portal() {
        TestUsers.newStaff(directory, "TransportOfficer");
        for (String outside : new String[] {"https://evil.example/officer/queue", "//evil.example/officer/schools",
                "/\\evil.example/officer/schools", "officer/schools", "javascript:alert(1)",
                "/officer/../officer/schools", "/officer/schools#top", "http:/officer/schools"}) {
            assertThat(afterSignIn(outside)).as(outside).isEqualTo("WorkQueueView");
        }
    }

    private String afterSignIn(String to) {
        UI.getCurrent().navigate("signed-in", QueryParameters.of("to", to));
        return getCurrentView().getClass().getSimpleName();
    }
}
