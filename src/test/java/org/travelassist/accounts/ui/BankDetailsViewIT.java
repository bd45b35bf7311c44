package org.travelassist.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.BankDetailsForm;
import org.travelassist.accounts.BankDetailsRules;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.accounts.Payees;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class BankDetailsViewIT extends BrowserlessViewTest {

    @Autowired HouseholdService households;
    @Autowired BankAccounts bankAccounts;
    @Autowired Payees payees;

    @Autowired JdbcTemplate jdbc;

    /** The page at a location with a query, as a link in the browser opens it. */
    BankDetailsView open(String location) {
        int query = location.indexOf('?');
        UI.getCurrent().navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        return (BankDetailsView) getCurrentView();
    }

    UUID newHousehold() {
        TestUsers.newParent(directory);
        households.addChild(UUID.randomUUID(), new ChildForm("Kit Shah", "3", "4", "2016", "1 High Street", "Oakham", "LE15 6HQ", "", false));
        return bankAccounts.ownHousehold();
    }

    @Test
    void a_parent_with_no_bank_details_gets_the_govuk_form_with_its_labels_hints_and_autocomplete() {
        newHousehold();
        BankDetailsView view = navigate(BankDetailsView.ROUTE, BankDetailsView.class);

        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.held.isVisible()).isFalse();
        assertThat(view.accountName.getLabel()).isEqualTo("Name on the account");
        assertThat(view.sortCode.getLabel()).isEqualTo("Sort code");
        assertThat(view.sortCode.getHelperText()).isEqualTo("Must be 6 digits long");
        assertThat(view.accountNumber.getHelperText()).isEqualTo("Must be 8 digits long");
        assertThat(view.rollNumber.getLabel()).isEqualTo("Building society roll number (if you have one)");
        assertThat(view.accountName.getElement().getAttribute("autocomplete")).isEqualTo("name");
        assertThat(view.accountNumber.getElement().getAttribute("autocomplete")).isEqualTo("off");
        assertThat(view.accountNumber.getElement().getAttribute("inputmode")).isEqualTo("numeric");
        assertThat(view.accountNumber.getId()).contains(BankDetailsRules.ACCOUNT_NUMBER);
        assertThat(view.form.getElement().getTextRecursively()).contains("we cannot check that they belong to a real account");
        assertThat(view.getPageTitle()).startsWith("Bank or building society account details");
    }

    @Test
    void a_bad_sort_code_is_refused_at_the_field_and_in_the_summary_then_good_details_are_saved_and_shown_masked() {
        UUID household = newHousehold();
        BankDetailsView view = navigate(BankDetailsView.ROUTE, BankDetailsView.class);
        test(view.accountName).setValue("Priya Shah");
        test(view.sortCode).setValue("30-94");
        test(view.accountNumber).setValue("00733445");
        test(view.save).click();

        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.errors.messages()).containsOnly(Map.entry(BankDetailsRules.SORT_CODE, "Enter a valid sort code like 309430"));
        assertThat(view.sortCode.isInvalid()).isTrue();
        assertThat(view.sortCode.getErrorMessage()).isEqualTo("Enter a valid sort code like 309430");
        assertThat(view.accountNumber.getValue()).as("what was typed stays").isEqualTo("00733445");
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(view.save.isEnabled()).isTrue();
        assertThat(payees.payeeOf(household)).isEmpty();

        test(view.sortCode).setValue("30 94 30");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(HouseholdView.class);
        var householdView = (HouseholdView) getCurrentView();
        assertThat(householdView.bankDetails.getElement().getTextRecursively())
                .contains("Priya Shah, sort code 30-94-30, account ending 3445").doesNotContain("00733445");
        assertThat(payees.payeeOf(household).orElseThrow().accountNumber()).isEqualTo("00733445");
    }

    @Test
    void held_details_are_shown_masked_and_a_journey_goes_on_with_them_without_asking_again() {
        UUID household = newHousehold();
        bankAccounts.save(household, new BankDetailsForm("Priya Shah", "309430", "00733445", "ROLL 1"));
        String journey = "applications/" + UUID.randomUUID() + "/budget";

        BankDetailsView view = open(BankDetailsView.ROUTE + "?continue=" + journey);

        assertThat(view.held.isVisible()).isTrue();
        assertThat(view.form.isVisible()).isFalse();
        String shown = view.held.getElement().getTextRecursively();
        assertThat(shown).contains("Priya Shah", "30-94-30", "Account ending 3445", "Given").doesNotContain("00733445", "ROLL 1");
        assertThat(view.useHeld.getHref()).isEqualTo(journey);
        assertThat(view.change.getHref()).isEqualTo(BankDetailsView.ROUTE + "?change=true&continue=" + journey);
        assertThat(view.back.getHref()).isEqualTo(journey);

        BankDetailsView changing = open(view.change.getHref());
        assertThat(changing.form.isVisible()).isTrue();
        assertThat(changing.accountNumber.getValue()).as("the form never shows the account number").isEmpty();
        assertThat(changing.cancel.isVisible()).isTrue();
        test(changing.accountName).setValue("Priya Shah");
        test(changing.sortCode).setValue("20-00-00");
        test(changing.accountNumber).setValue("55779911");
        test(changing.save).click();
        assertThat(payees.payeeOf(household).orElseThrow().accountNumber()).isEqualTo("55779911");
    }

    @Test
    void a_continue_address_outside_the_portal_is_ignored() {
        UUID household = newHousehold();
        bankAccounts.save(household, new BankDetailsForm("Priya Shah", "309430", "00733445", ""));
        for (String outside : new String[] {"https://evil.example/x", "//evil.example", "/%5Cevil.example"}) {
            BankDetailsView view = open(BankDetailsView.ROUTE + "?continue=" + java.net.URLEncoder.encode(outside, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(view.back.getHref()).as(outside).isEqualTo("household");
            assertThat(view.held.getChildren()).as(outside).doesNotContain(view.useHeld);
            assertThat(view.change.getHref()).as(outside).isEqualTo(BankDetailsView.ROUTE + "?change=true");
        }
    }

    @Test
    void an_adviser_is_told_only_a_parent_can_give_bank_details_and_staff_cannot_open_the_page() {
        String email = "adviser-" + UUID.randomUUID() + "@sendias.example.org";
        jdbc.update("insert into registered_adviser (id, email, organisation, registered_at) values (?, ?, 'Test SENDIAS', now())",
                UUID.randomUUID(), email);
        TestUsers.signIn(directory, "families", "adviser", email, Set.of());
        BankDetailsView view = navigate(BankDetailsView.ROUTE, BankDetailsView.class);
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.notice.getElement().getTextRecursively()).contains("Only a parent or carer can give or change the bank details");

        for (String role : new String[] {"TransportOfficer", "FinanceOfficer"}) {
            TestUsers.newStaff(directory, role);
            navigate(BankDetailsView.ROUTE, NotFoundView.class);
        }
    }

    @Test
    void the_household_page_offers_to_give_bank_details_when_none_are_held() {
        newHousehold();
        HouseholdView view = navigate(HouseholdView.ROUTE, HouseholdView.class);
        assertThat(view.bankDetails.getElement().getTextRecursively()).contains("You have not given any bank details", "Give bank details");
    }
}
