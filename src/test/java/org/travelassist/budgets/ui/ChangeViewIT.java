package org.travelassist.budgets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.BankDetailsForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.budgets.BudgetFixtures;
import org.travelassist.budgets.Budgets;
import org.travelassist.security.TestUsers;

/** Report a change without a browser: a bad postcode at its field, then the preview and the report. */
class ChangeViewIT extends BrowserlessViewTest {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired BudgetCasework budgets;
    @Autowired Budgets family;
    @Autowired BankAccounts bankAccounts;

    @Test
    void a_parent_previews_a_move_and_sends_it_and_a_bad_postcode_is_refused_at_its_field() {
        var decided = BudgetFixtures.decidedWithBudget(directory, households, applications, casework, budgets);
        budgets.send(decided.budgetId());
        TestUsers.actAs(decided.parent());
        bankAccounts.save(decided.householdId(), new BankDetailsForm("Priya Shah", "30-94-30", "00733445", ""));
        family.accept(decided.budgetId(), true);

        navigate("budgets/" + decided.budgetId(), BudgetView.class);
        assertThat($(Anchor.class).id("report-change").getHref()).isEqualTo("budgets/" + decided.budgetId() + "/change");

        var view = navigate("budgets/" + decided.budgetId() + "/change", ChangeView.class);
        test(view.postcode).setValue("LE15");
        test($(Button.class).id("preview-change")).click();
        assertThat(view.errors.messages()).containsKey("postcode");
        assertThat(view.postcode.isInvalid()).isTrue();

        test(view.postcode).setValue("PE9 3TE");
        test($(Button.class).id("preview-change")).click();
        assertThat(view.errors.hasErrors()).isFalse();
        assertThat(view.preview.getElement().getTextRecursively()).contains("What the change would mean").contains(" a year instead of ");
        test($(TextArea.class).id("what-changed")).setValue("We moved to Ketton");
        test($(Button.class).id("report-change")).click();
        assertThat(view.getElement().getTextRecursively()).contains("The council will check the change");
    }
}
