package org.travelassist.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.security.TestUsers;

/** The menu lists the views the signed-in person's roles may open, built once a session and again when they change. */
class MenuIT extends BrowserlessViewTest {

    @Test
    void the_menu_is_built_once_a_session_and_only_its_highlighted_item_follows_the_navigation() {
        TestUsers.newParent(directory);
        navigate("household", Component.class);
        List<Anchor> first = menuLinks();
        assertThat(first).extracting(Anchor::getText).contains("Your household", "Your applications", "Your payments")
                .doesNotContain("Work queue", "Payments");
        assertThat(highlighted()).containsExactly("Your household");
        int builds = SessionMenu.of(VaadinSession.getCurrent()).builds();

        navigate("applications", Component.class);
        navigate("payments", Component.class);
        assertThat(highlighted()).containsExactly("Your payments");
        assertThat(menuLinks()).as("the same links, not made again").containsExactlyElementsOf(first);
        assertThat(SessionMenu.of(VaadinSession.getCurrent()).builds()).as("not built again").isEqualTo(builds);
    }

    @Test
    void signing_in_with_other_roles_changes_the_menu() {
        navigate(ContactView.class);
        assertThat(find(Nav.class).withClassName("ta-navigation").exists()).as("signed out: no menu shown").isFalse();
        int builds = SessionMenu.of(VaadinSession.getCurrent()).builds();

        TestUsers.newStaff(directory, "TransportOfficer");
        navigate("officer/queue", Component.class);
        assertThat(menuLinks()).extracting(Anchor::getText).contains("Work queue", "Mileage claims")
                .doesNotContain("Your household", "Payments", "Sign someone out");
        assertThat(highlighted()).containsExactly("Work queue");

        TestUsers.newStaff(directory, "FinanceOfficer");
        navigate("finance/payments", Component.class);
        assertThat(menuLinks()).extracting(Anchor::getText).contains("Payments").doesNotContain("Work queue");
        assertThat(highlighted()).containsExactly("Payments");
        assertThat(SessionMenu.of(VaadinSession.getCurrent()).builds()).as("once for each set of roles").isEqualTo(builds + 2);
    }

    private List<Anchor> menuLinks() {
        return find(Anchor.class, find(Nav.class).withClassName("ta-navigation").single()).all();
    }

    private List<String> highlighted() {
        return menuLinks().stream().filter(link -> "page".equals(link.getElement().getAttribute("aria-current")))
                .map(Anchor::getText).toList();
    }
}
