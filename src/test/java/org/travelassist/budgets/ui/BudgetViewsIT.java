package org.travelassist.budgets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.NotFoundException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.budgets.BudgetFixtures;
import org.travelassist.budgets.BudgetState;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.Money;

/** The officer's budget page and the family's, without a browser: the working, the adjustment's refusals, who sees what. */
class BudgetViewsIT extends BrowserlessViewTest {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired BudgetCasework budgets;
    @Autowired AdviserConsents consents;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_officer_sees_the_working_and_an_amount_typed_wrongly_is_refused_at_its_field_then_sends_the_offer() {
        var decided = BudgetFixtures.decidedWithBudget(directory, households, applications, casework, budgets);
        var view = navigate("officer/budgets/" + decided.budgetId(), OfficerBudgetView.class);
        assertThat(view.getElement().getTextRecursively()).contains("How the amount was worked out").contains("× 4 journeys × 60p");

        test($(TextField.class).id("amount")).setValue("£1,915.2.0");
        test($(TextArea.class).id("reason")).setValue("");
        test($(Button.class).id("adjust")).click();
        assertThat(view.errors.messages()).containsEntry("amount", Money.NOT_AN_AMOUNT).containsKey("reason");
        assertThat($(TextField.class).id("amount").isInvalid()).isTrue();
        assertThat(view.getPageTitle()).startsWith("Error: ");

        test($(TextField.class).id("amount")).setValue("1,915.20");
        test($(TextArea.class).id("reason")).setValue("The escort's fares as well");
        test($(Button.class).id("adjust")).click();
        assertThat(view.errors.hasErrors()).isFalse();
        assertThat(budgets.budget(decided.budgetId()).annual()).isEqualTo(Money.ofPence(191520));
        assertThat(view.getElement().getTextRecursively()).contains("The council changed the amount: The escort's fares as well");

        test($(Button.class).id("send-offer")).click();
        assertThat(budgets.budget(decided.budgetId()).state()).isEqualTo(BudgetState.OFFERED);
        assertThat(view.getElement().getTextRecursively()).contains("The offer was sent to the family");
    }

    @Test
    void the_family_reads_the_offer_with_its_schedule_and_terms_an_adviser_reads_it_without_the_buttons_and_others_get_not_found() {
        var decided = BudgetFixtures.decidedWithBudget(directory, households, applications, casework, budgets);
        budgets.send(decided.budgetId());
        TestUsers.actAs(decided.parent());
        var view = navigate("budgets/" + decided.budgetId(), BudgetView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Travel budget offer for").contains("When it would be paid").contains("What the budget may be spent on")
                .contains("What you must tell the council about").contains("No bank details given yet");
        assertThat($(Anchor.class).id("bank-details").getHref()).isEqualTo("household/bank-details?continue=budgets%2F" + decided.budgetId());
        test($(Button.class).id("accept")).click();
        assertThat(view.errors.messages()).containsKey("declaration");

        BudgetFixtures.adviserWithConsent(directory, jdbc, consents, decided.parent(), EnumSet.of(ConsentScope.VIEW));
        navigate("budgets/" + decided.budgetId(), BudgetView.class);
        assertThat($(Paragraph.class).id("adviser-note").getText()).startsWith("Only a parent can accept");
        assertThat($(Button.class).all()).extracting(b -> b.getId().orElse("")).doesNotContain("accept", "decline");

        ApplicationFixtures.parentWithChild(directory, households);
        navigate("budgets/" + decided.budgetId(), com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page not found");
    }
}
