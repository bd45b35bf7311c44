package org.travelassist.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.NewApplicationReason;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.security.AppUser;
import org.travelassist.security.TestUsers;

/** The family's page and start page after a decision this school year, and the officer's related applications. */
class RepeatApplicationViewsIT extends BrowserlessViewTest {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;

    private UUID child;
    private UUID decided;
    private String reference;
    private AppUser parent;

    private void decidedApplication() {
        child = ApplicationFixtures.parentWithChild(directory, households);
        parent = TestUsers.current();
        decided = applications.start(child);
        ApplicationFixtures.answerEverything(applications, decided);
        reference = applications.submit(decided, true).reference();
        TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(decided, Decision.eligible(Category.A, java.util.Set.of(Offer.MILEAGE_ALLOWANCE), "Cannot walk the route because of his needs"));
        TestUsers.actAs(parent);
    }

    @Test
    void the_family_page_explains_the_decided_application_and_links_to_it_and_to_a_new_one_with_a_reason() {
        decidedApplication();
        navigate("applications", ApplicationsView.class);
        assertThat($(Button.class).withId("apply-" + child).exists()).as("no plain Apply").isFalse();
        var explained = $(Paragraph.class).id("decided-" + child);
        assertThat(explained.getElement().getTextRecursively()).contains("Noor Hussain's application " + reference + " for Catmose College was decided on")
                .contains("View " + reference);
        assertThat($(Anchor.class).id("apply-again-" + child).getHref()).isEqualTo("applications/new/" + child);
    }

    @Test
    void the_start_page_asks_why_refuses_no_answer_and_other_without_words_and_starts_with_a_reason() {
        decidedApplication();
        NewApplicationView view = navigate("applications/new/" + child, NewApplicationView.class);
        assertThat(view.decided.getElement().getTextRecursively()).contains(reference).contains("View " + reference);
        assertThat(view.other.isVisible()).isFalse();

        test(view.start).click();
        assertThat(view.errors.messages()).containsValue("Select why this is a new application");
        assertThat(view.getPageTitle()).startsWith("Error: ");

        view.reason.setValue(NewApplicationReason.OTHER);
        assertThat(view.other.isVisible()).as("other asks for words").isTrue();
        test(view.start).click();
        assertThat(view.errors.messages()).containsValue("Tell us why this is a new application");

        view.reason.setValue(NewApplicationReason.MOVED_HOME);
        test(view.start).click();
        var started = applications.applicationsOf(applications.application(decided).householdId()).stream()
                .filter(a -> !a.id().equals(decided)).findFirst().orElseThrow();
        assertThat(applications.application(started.id()).timeline()).anySatisfy(event -> assertThat(event.detail()).contains("We have moved home"));
    }

    @Autowired org.travelassist.accounts.AdviserConsents consents;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void the_start_page_and_the_tracker_lead_a_parent_back_to_their_applications_and_an_adviser_to_the_familys_page() {
        decidedApplication();
        UUID household = applications.application(decided).householdId();
        assertThat(navigate("applications/new/" + child, NewApplicationView.class).back.getHref()).isEqualTo("applications");
        navigate("applications/" + decided, ApplicationView.class);
        assertThat($(Anchor.class).id("back").getHref()).isEqualTo("applications");

        AppUser adviser = TestUsers.signIn(directory, "families", "adviser", registeredAdviserEmail(), java.util.Set.of());
        TestUsers.actAs(parent);
        String code = consents.invite(jdbc.queryForObject("select email from user_account where id = ?", String.class, adviser.id()),
                java.util.EnumSet.of(org.travelassist.accounts.ConsentScope.VIEW, org.travelassist.accounts.ConsentScope.PREPARE), 12).code();
        TestUsers.actAs(adviser);
        consents.accept(code);
        assertThat(navigate("applications/new/" + child, NewApplicationView.class).back.getHref())
                .isEqualTo("adviser/families/" + household);
        navigate("applications/" + decided, ApplicationView.class);
        assertThat($(Anchor.class).id("back").getHref()).isEqualTo("adviser/families/" + household);
    }

    private String registeredAdviserEmail() {
        String email = "adviser-" + UUID.randomUUID() + "@sendias.example.org";
        jdbc.update("insert into registered_adviser (id, email, organisation, registered_at) values (?, ?, 'Test SENDIAS', now())",
                UUID.randomUUID(), email);
        return email;
    }

    @Test
    void the_case_page_shows_the_childs_other_applications_with_links_and_why_this_one_is_new() {
        decidedApplication();
        UUID again = applications.start(child, NewApplicationReason.MOVED_HOME, null);
        ApplicationFixtures.answerEverything(applications, again);
        applications.submit(again, true);
        TestUsers.newStaff(directory, "TransportOfficer");
        navigate("officer/applications/" + again, CaseView.class);

        assertThat($(Paragraph.class).id("new-reason").getText()).isEqualTo("Why this is a new application: We have moved home");
        var row = $(com.vaadin.flow.component.html.NativeTableRow.class).id("related-" + decided);
        assertThat(row.getElement().getTextRecursively()).contains(reference).contains("Catmose College").contains("Decided");
        assertThat($(Anchor.class).withText(reference).single().getHref()).isEqualTo("officer/applications/" + decided);
    }

    @Test
    void a_case_with_no_other_applications_shows_no_related_panel() {
        child = ApplicationFixtures.parentWithChild(directory, households);
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.submit(id, true);
        TestUsers.newStaff(directory, "TransportOfficer");
        navigate("officer/applications/" + id, CaseView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("related-applications").exists()).as("hidden").isFalse();
    }
}
