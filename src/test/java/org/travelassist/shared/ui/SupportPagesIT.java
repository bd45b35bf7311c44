package org.travelassist.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.CouncilProfile;

/** The pages every council service must have, and the error pages, for everyone, in the portal's layout. */
class SupportPagesIT extends BrowserlessViewTest {

    static final List<String> FOOTER_PAGES = List.of(AccessibilityStatementView.ROUTE, PrivacyNoticeView.ROUTE,
            CookiesView.ROUTE, ContactView.ROUTE);

    @Autowired CouncilProfile council;

    @Test
    void the_footer_links_to_the_support_pages_on_every_page() {
        navigate(HomeView.class);
        Nav links = (Nav) find(Nav.class).withId("support-links").single();

        assertThat(links.getElement().getAttribute("aria-label")).isEqualTo("Support links");
        assertThat(find(Anchor.class, links).all()).extracting(Anchor::getHref).containsExactlyElementsOf(FOOTER_PAGES);
        assertThat(find(Anchor.class, links).all()).extracting(Anchor::getText)
                .containsExactly("Accessibility statement", "Privacy", "Cookies", "Contact");
    }

    @Test
    void every_page_of_the_service_is_in_the_layout_whose_footer_has_the_support_links() {
        var registry = com.vaadin.flow.server.VaadinService.getCurrent().getRouter().getRegistry();
        var routes = registry.getRegisteredRoutes();
        assertThat(routes).hasSizeGreaterThan(40);
        // MainLayout is the @Layout for every path, and no route opts out of it or names another layout.
        assertThat(MainLayout.class.getAnnotation(com.vaadin.flow.router.Layout.class).value()).isEqualTo("/");
        assertThat(routes).allSatisfy(route -> {
            var annotation = route.getNavigationTarget().getAnnotation(com.vaadin.flow.router.Route.class);
            assertThat(annotation.autoLayout()).as(route.getTemplate()).isTrue();
            assertThat(annotation.layout()).as(route.getTemplate()).isEqualTo(UI.class);
        });
    }

    @Test
    void the_support_pages_open_signed_out_and_signed_in_whoever_you_are() {
        List<Runnable> people = List.of(TestUsers::signOut, () -> TestUsers.newParent(directory),
                () -> TestUsers.newStaff(directory, "TransportOfficer"), () -> TestUsers.newStaff(directory, "FinanceOfficer"));
        for (Runnable person : people) {
            person.run();
            for (String route : FOOTER_PAGES) {
                navigate(route, Component.class);
                assertThat(getCurrentView()).as(route).isInstanceOf(InformationPage.class);
                assertInLayout();
            }
        }
    }

    @Test
    void contact_details_come_from_the_council_profile() {
        navigate(ContactView.class);
        assertThat(text("contact-phone")).isEqualTo("Telephone: " + council.phone());
        assertThat(text("contact-hours")).isEqualTo(council.openingHours());
        assertThat(text("contact-email")).isEqualTo("Email: " + council.email());
        assertThat(text("contact-address")).isEqualTo("Catmose, Oakham, Rutland, LE15 6HP");
    }

    @Test
    void the_accessibility_statement_says_what_is_not_accessible_how_to_report_it_and_who_enforces() {
        String page = pageText(AccessibilityStatementView.class);
        assertThat(page).contains("partially compliant with the Web Content Accessibility Guidelines version 2.2 AA")
                .contains("Non-accessible content").contains("Equality and Human Rights Commission (EHRC)")
                .contains("Equality Advisory and Support Service").contains("How we tested this service");
        assertThat(text("report-a-problem")).contains(council.email()).contains(council.phone());
        assertThat(text("statement-date")).isEqualTo("This statement was prepared on 1 December 2026. It was last reviewed on 1 December 2026.");
    }

    @Test
    void the_privacy_notice_names_the_controller_the_lawful_basis_the_dpo_and_the_ico() {
        String page = pageText(PrivacyNoticeView.class);
        assertThat(text("privacy-controller")).startsWith(council.name() + ", Catmose, Oakham, Rutland LE15 6HP");
        assertThat(page).contains("article 6(1)(e)").contains("section 508B").contains("section 509")
                .contains("special category data").contains("article 9(2)(g)").contains("How long we keep it")
                .contains("Your rights");
        assertThat(text("privacy-dpo")).contains(council.dataProtectionEmail());
        assertThat(text("privacy-retention")).contains("for 6 years after the end of the school year")
                .contains("an application you never sent 1 year after").contains("payment records for 6 years after the end of the financial year")
                .contains("we delete your bank details 2 years after the end of the financial year of your last payment")
                .contains("a consent you gave an adviser 6 years after it ended").contains("your child's details 1 year after")
                .contains("your account 1 year after anyone in your household last signed in")
                .contains("what you pay us (such as a post-16 contribution) for 6 years, and your card payments for 6 years, after the end "
                        + "of the financial year").contains("we delete it 3 months after we stopped trying");
        assertThat(text("privacy-ico")).contains("Information Commissioner's Office").contains("0303 123 1113");
    }

    @Test
    void the_cookies_page_lists_the_one_essential_cookie_and_its_idle_expiry() {
        String page = pageText(CookiesView.class);
        assertThat(page).contains("JSESSIONID").contains("after 30 minutes without using the service")
                .contains("we do not use advertising cookies");
    }

    @Test
    void an_unknown_address_is_page_not_found_in_the_layout_signed_in_and_out() {
        navigate("no-such-page", NotFoundView.class);
        assertInLayout();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found - Travel Assist");

        TestUsers.newStaff(directory, "TransportOfficer");
        navigate("no-such-page", NotFoundView.class);
        assertInLayout();
        assertThat(find(com.vaadin.flow.component.button.Button.class).withId("sign-out").exists()).isTrue();
    }

    @Test
    void a_page_for_another_role_says_page_not_found_in_the_layout() {
        TestUsers.newParent(directory);
        navigate("officer/queue", NotFoundView.class);
        assertInLayout();
    }

    @Test
    void a_failure_is_a_page_in_the_layout_that_shows_nothing_of_the_failure() {
        navigate("test-only/failing-page", ServerErrorView.class);
        assertInLayout();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Sorry, there is a problem with the service - Travel Assist");
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Try again later.").contains(council.phone()).doesNotContain("secret")
                .doesNotContain("IllegalStateException");
    }

    private void assertInLayout() {
        List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(chain).last().isInstanceOf(MainLayout.class);
        assertThat(find(Anchor.class).withId("skip-link").exists()).isTrue();
    }

    private String pageText(Class<? extends Component> view) {
        return navigate(view).getElement().getTextRecursively();
    }

    private String text(String id) {
        return find(Component.class).withId(id).single().getElement().getTextRecursively();
    }
}
