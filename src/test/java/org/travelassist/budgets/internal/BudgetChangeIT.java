package org.travelassist.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.TestMailServer;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.BankDetailsForm;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.budgets.BudgetFixtures;
import org.travelassist.budgets.Budgets;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** A change of address reported on an agreed budget: checked again and previewed, then sent to the council by a parent. */
@IntegrationTest
class BudgetChangeIT {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired BudgetCasework budgets;
    @Autowired Budgets family;
    @Autowired BankAccounts bankAccounts;
    @Autowired AdviserConsents consents;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
    }

    @Test
    void a_move_is_previewed_from_the_new_postcode_and_sent_to_the_council_only_by_a_parent() {
        var decided = BudgetFixtures.decidedWithBudget(directory, households, applications, casework, budgets);
        var id = decided.budgetId();
        budgets.send(id);
        TestUsers.actAs(decided.parent());
        bankAccounts.save(decided.householdId(), new BankDetailsForm("Priya Shah", "30-94-30", "00733445", ""));
        var agreed = family.accept(id, true);

        assertThat(BudgetOfferIT.refusal(() -> family.previewChange(id, "", null))).containsEntry("postcode", "Enter the new home postcode");
        assertThat(BudgetOfferIT.refusal(() -> family.previewChange(id, "LE15", null))).containsKey("postcode");
        var preview = family.previewChange(id, "PE9 3TE", null);
        assertThat(preview.schoolName()).isEqualTo(agreed.schoolName());
        assertThat(preview.was()).isEqualTo(agreed.annual());
        assertThat(preview.annual()).as("Ketton is further from Catmose College than Oakham").isGreaterThan(agreed.annual());
        assertThat(preview.summary()).endsWith(" a year instead of " + agreed.annual().formatted());
        assertThat(family.budget(id).annual()).as("nothing changes on a preview").isEqualTo(agreed.annual());

        assertThat(BudgetOfferIT.refusal(() -> family.reportChange(id, "PE9 3TE", null, " "))).containsOnlyKeys("what-changed");
        // The council's mailbox is shared by every test: this report's words are its own.
        String moved = "We moved to Ketton on 1 December, " + java.util.UUID.randomUUID();
        family.reportChange(id, "PE9 3TE", null, moved);
        assertThat(TestMailServer.awaitMailTo("enquiries@rutland.gov.uk", moved)).contains("officer/budgets/" + id);
        TestUsers.actAs(decided.officer());
        assertThat(budgets.budget(id).changes()).singleElement().satisfies(change -> {
            assertThat(change.postcode()).isEqualTo("PE9 3TE");
            assertThat(change.preview()).isEqualTo(preview.summary());
        });

        BudgetFixtures.adviserWithConsent(directory, jdbc, consents, decided.parent(), EnumSet.of(ConsentScope.VIEW));
        assertThat(family.previewChange(id, "PE9 3TE", null).annual()).as("an adviser may preview").isEqualTo(preview.annual());
        assertThatThrownBy(() -> family.reportChange(id, "PE9 3TE", null, "Moved")).isInstanceOf(AccessDeniedException.class);
    }
}
