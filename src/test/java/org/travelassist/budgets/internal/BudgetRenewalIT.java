package org.travelassist.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestMailServer;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.BankDetailsForm;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.budgets.BudgetDetails;
import org.travelassist.budgets.BudgetFixtures;
import org.travelassist.budgets.BudgetPolicies;
import org.travelassist.budgets.BudgetState;
import org.travelassist.budgets.Budgets;
import org.travelassist.budgets.InstalmentState;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.Money;

/**
 * Renewal before the next policy year against PostgreSQL, with the test clock moved into the renewal weeks: next
 * year's budget is a new offer worked out under the policy for that year, emailed, confirmed only by a parent with
 * the declaration and kept as a PDF, or lapsing with the year; this year's agreement is never changed by it.
 */
@IntegrationTest
class BudgetRenewalIT {

    /** Within six weeks of the end of the 2026 to 2027 policy year (31 July 2027). */
    static final Instant IN_THE_RENEWAL_WEEKS = Instant.parse("2027-06-21T09:00:00Z");
    static final Instant AFTER_THE_YEAR = Instant.parse("2027-08-02T09:00:00Z");

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired BudgetCasework budgets;
    @Autowired Budgets family;
    @Autowired BankAccounts bankAccounts;
    @Autowired AdviserConsents consents;
    @Autowired BudgetPolicies policies;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
        clock.reset();
    }

    BudgetFixtures.Decided agreed() {
        clock.moveTo(BudgetFixtures.IN_THE_AUTUMN_TERM); // agreed during the 2026 to 2027 policy year, before its renewal weeks
        var decided = BudgetFixtures.decidedWithBudget(directory, households, applications, casework, budgets);
        budgets.send(decided.budgetId());
        TestUsers.actAs(decided.parent());
        bankAccounts.save(decided.householdId(), new BankDetailsForm("Priya Shah", "30-94-30", "00733445", ""));
        family.accept(decided.budgetId(), true);
        TestUsers.actAs(decided.officer());
        return decided;
    }

    @Test
    void in_the_renewal_weeks_next_years_budget_is_offered_once_under_next_years_policy_and_a_parent_confirms_it() throws Exception {
        var decided = agreed();
        UUID id = decided.budgetId();
        BudgetDetails thisYear = budgets.budget(id);
        budgets.prepareRenewals();
        assertThat(budgets.budget(id).renewedBy()).as("not before the renewal weeks").isNull();

        clock.moveTo(IN_THE_RENEWAL_WEEKS);
        var run = budgets.prepareRenewals();
        assertThat(run.offered()).isPositive();
        UUID renewalId = Objects.requireNonNull(budgets.budget(id).renewedBy());
        BudgetDetails renewal = budgets.budget(renewalId);
        assertThat(renewal.state()).isEqualTo(BudgetState.OFFERED);
        assertThat(renewal.renews()).isEqualTo(id);
        assertThat(renewal.confirmBy()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(renewal.startsOn()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(renewal.policyVersion()).isEqualTo(policies.inForce(LocalDate.of(2027, 9, 1)).version());
        assertThat(renewal.total()).as("a whole year, from its first day").isEqualTo(renewal.annual());
        assertThat(Money.sum(renewal.instalments().stream().map(BudgetDetails.InstalmentRow::amount).toList())).isEqualTo(renewal.annual());
        assertThat(renewal.working().getFirst().text()).startsWith("Next year's budget, for the policy year 1 September 2027 to 31 July 2028");
        assertThat(budgets.renewalsNotConfirmed()).extracting(BudgetCasework.RenewalItem::budgetId).contains(renewalId);

        BudgetDetails after = budgets.budget(id);
        assertThat(after.state()).as("this year's agreement is not changed").isEqualTo(BudgetState.ACCEPTED);
        assertThat(after.instalments()).isEqualTo(thisYear.instalments());
        assertThat(after.total()).isEqualTo(thisYear.total());

        budgets.prepareRenewals();
        assertThat(budgets.forApplication(decided.applicationId())).as("renewed once").hasSize(2);
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, decided.parent().id());
        assertThat(TestMailServer.awaitMailTo(email, "Confirm next year's personal transport budget")).contains("budgets/" + renewalId)
                .contains("by 31 July 2027");

        TestUsers.actAs(decided.parent());
        assertThat(BudgetOfferIT.refusal(() -> family.accept(renewalId, false))).containsOnlyKeys("declaration");
        var confirmed = family.accept(renewalId, true);
        assertThat(confirmed.state()).isEqualTo(BudgetState.ACCEPTED);
        assertThat(BudgetScheduleIT.text(family.agreement(renewalId))).contains("Personal transport budget agreement")
                .contains(Budgets.DECLARATION.substring(0, 40)).contains("1 September 2027");
        assertThat(family.budget(id).total()).isEqualTo(thisYear.total());
        TestUsers.actAs(decided.officer());
        assertThat(budgets.renewalsNotConfirmed()).extracting(BudgetCasework.RenewalItem::budgetId).doesNotContain(renewalId);

        TestUsers.actAs(decided.parent());
        LocalDate lastDay = Objects.requireNonNull(family.end(id, "We are moving to Leicester").endsOn());
        TestUsers.actAs(decided.officer());
        BudgetDetails nextYear = budgets.budget(renewalId);
        assertThat(nextYear.state()).as("the confirmed renewal ends with this year's agreement").isEqualTo(BudgetState.ENDING);
        assertThat(nextYear.endsOn()).isEqualTo(lastDay);
        assertThat(nextYear.recovery()).isEqualTo(Money.ZERO);
        assertThat(nextYear.instalments()).allSatisfy(i -> assertThat(i.state()).isEqualTo(InstalmentState.CANCELLED));
        String subject = "Next year's personal transport budget will not start";
        String mail = TestMailServer.awaitMailTo(email, subject);
        assertThat(mail).contains(subject);
        // This message alone (every email to the address comes back joined): from its subject to its signature.
        String notice = mail.substring(mail.indexOf(subject), mail.indexOf("if you need help.", mail.indexOf(subject)));
        assertThat(notice).as("its own notice, not this year's ending again")
                .contains("You gave notice to end this year's personal transport budget").contains("next year's budget, which you confirmed")
                .contains("it will not start on 1 September 2027").contains("nothing is paid for next year").contains("budgets/" + renewalId)
                .doesNotContain("The last day it pays for").doesNotContain("repaying");
    }

    @Test
    void a_renewal_nobody_confirms_lapses_when_the_year_ends_and_the_agreement_ends_with_it() {
        var decided = agreed();
        UUID id = decided.budgetId();
        clock.moveTo(IN_THE_RENEWAL_WEEKS);
        budgets.prepareRenewals();
        UUID renewalId = Objects.requireNonNull(budgets.budget(id).renewedBy());

        clock.moveTo(AFTER_THE_YEAR);
        assertThat(budgets.prepareRenewals().lapsed()).isPositive();
        BudgetDetails lapsed = budgets.budget(renewalId);
        assertThat(lapsed.state()).isEqualTo(BudgetState.LAPSED);
        assertThat(lapsed.instalments()).allSatisfy(i -> assertThat(i.state()).isEqualTo(InstalmentState.CANCELLED));
        BudgetDetails ended = budgets.budget(id);
        assertThat(ended.state()).isEqualTo(BudgetState.ENDING);
        assertThat(ended.endsOn()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(ended.recovery()).isEqualTo(Money.ZERO);
        assertThat(budgets.renewalsNotConfirmed()).extracting(BudgetCasework.RenewalItem::budgetId).doesNotContain(renewalId);

        TestUsers.actAs(decided.parent());
        assertThat(BudgetOfferIT.refusal(() -> family.accept(renewalId, true)))
                .containsEntry("budget", "Next year's budget was not confirmed by 31 July 2027, so it can no longer be confirmed.");
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, decided.parent().id());
        assertThat(TestMailServer.awaitMailTo(email, "Your personal transport budget ends on 31 July 2027")).contains("not confirmed");
    }

    @Test
    void only_officers_prepare_renewals_and_only_a_parent_of_the_household_confirms_one() {
        var decided = agreed();
        UUID id = decided.budgetId();
        clock.moveTo(IN_THE_RENEWAL_WEEKS);
        budgets.prepareRenewals();
        UUID renewalId = Objects.requireNonNull(budgets.budget(id).renewedBy());

        TestUsers.actAs(decided.parent());
        assertThatThrownBy(() -> budgets.prepareRenewals()).as("a parent").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budgets.renewalsNotConfirmed()).isInstanceOf(AccessDeniedException.class);
        assertThat(family.budget(renewalId).isRenewal()).isTrue();

        BudgetFixtures.adviserWithConsent(directory, jdbc, consents, decided.parent(), EnumSet.allOf(ConsentScope.class));
        assertThat(family.budget(renewalId).id()).as("an adviser with consent may read it").isEqualTo(renewalId);
        assertThatThrownBy(() -> family.accept(renewalId, true)).as("but never confirm it").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budgets.prepareRenewals()).as("nor prepare renewals").isInstanceOf(AccessDeniedException.class);

        ApplicationFixtures.parentWithChild(directory, households);
        assertThatThrownBy(() -> family.budget(renewalId)).as("another household").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> family.accept(renewalId, true)).isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs(TestUsers.newStaff(directory, "FinanceOfficer"));
        assertThatThrownBy(() -> budgets.prepareRenewals()).as("finance").isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(decided.officer());
        assertThat(budgets.budget(renewalId).state()).as("nothing changed by the refusals").isEqualTo(BudgetState.OFFERED);
    }
}
