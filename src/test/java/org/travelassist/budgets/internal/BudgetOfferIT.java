package org.travelassist.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestEvents;
import org.travelassist.TestMailServer;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationDecided;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.DecisionFollowUps;
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.budgets.BudgetFixtures;
import org.travelassist.budgets.BudgetNotFoundException;
import org.travelassist.budgets.BudgetState;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.budgets.Budgets;
import org.travelassist.budgets.InvalidBudgetException;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.Money;

/**
 * From a decision that offers a budget to the offer the family reads, against PostgreSQL: the draft made once per
 * decision, the officer's adjustment only with a reason, sending, and who may read, accept or decline it.
 */
@IntegrationTest
class BudgetOfferIT {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired BudgetCasework budgets;
    @Autowired Budgets family;
    @Autowired DecisionListener listener;
    @Autowired BudgetRepository repository;
    @Autowired List<DecisionFollowUps> followUps;
    @Autowired AdviserConsents consents;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestEvents.Recorder events;
    @Autowired MovableClock clock;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
        clock.reset();
    }

    @Test
    void a_decision_with_a_budget_makes_one_draft_worked_out_from_the_stored_road_distance() {
        clock.moveTo(BudgetFixtures.IN_THE_AUTUMN_TERM); // decided during the 2026 to 2027 policy year it names
        var decided = BudgetFixtures.decidedWithBudget(directory, households, applications, casework, budgets);
        var draft = budgets.budget(decided.budgetId());

        assertThat(draft.state()).isEqualTo(BudgetState.DRAFT);
        assertThat(draft.policyVersion()).isEqualTo("RUTLAND-PTB-2026-1");
        assertThat(draft.annual()).isNotNull();
        assertThat(draft.working()).extracting(Line::text).anyMatch(text -> text.contains("× 4 journeys × 60p"))
                .anyMatch(text -> text.startsWith("Distance: ") && text.contains("by the shortest road route"))
                .as("the days come from the school's term calendar").anyMatch(text -> text.startsWith("School days: ")
                        && text.contains("from 1 September 2026 to 31 July 2027, by the school's term dates"));
        assertThat(Money.sum(draft.instalments().stream().map(i -> i.amount()).toList())).isEqualTo(draft.total());
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'Budget' and record_id = ?", Integer.class,
                decided.budgetId().toString())).as("audited").isPositive();

        var event = events.of(ApplicationDecided.class).stream().filter(e -> e.applicationId().equals(decided.applicationId())).findFirst()
                .orElseThrow();
        listener.on(event);
        Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                .until(() -> repository.findByApplicationIdOrderByCreatedAtAsc(decided.applicationId()).size() == 1);

        assertThat(followUps.stream().flatMap(f -> f.forApplication(decided.applicationId(), DecisionFollowUps.Viewer.OFFICER).stream()))
                .singleElement().satisfies(f -> {
                    assertThat(f.path()).isEqualTo("officer/budgets/" + decided.budgetId());
                    assertThat(f.state()).startsWith("Draft offer: ");
                });
        TestUsers.actAs(decided.parent());
        assertThatThrownBy(() -> family.budget(decided.budgetId())).as("a draft is not the family's yet")
                .isInstanceOf(BudgetNotFoundException.class);
        assertThat(followUps.stream().flatMap(f -> f.forApplication(decided.applicationId(), DecisionFollowUps.Viewer.FAMILY).stream())).isEmpty();
    }

    @Test
    void the_officer_adjusts_only_with_a_reason_and_typed_amounts_are_read_strictly() {
        var decided = BudgetFixtures.decidedWithBudget(directory, households, applications, casework, budgets);
        var id = decided.budgetId();

        assertThat(refusal(() -> budgets.adjust(id, "abc", "Taxi cost"))).containsEntry("amount", Money.NOT_AN_AMOUNT);
        assertThat(refusal(() -> budgets.adjust(id, "-5", "Taxi cost"))).containsEntry("amount", Money.NOT_NEGATIVE);
        assertThat(refusal(() -> budgets.adjust(id, "0", "Taxi cost"))).containsEntry("amount", "Enter an amount more than £0.00");
        assertThat(refusal(() -> budgets.adjust(id, "30,000.01", "Taxi cost"))).containsEntry("amount",
                "Enter an amount for a year of £30,000.00 or less");
        assertThat(refusal(() -> budgets.adjust(id, "1915.2", " "))).containsOnlyKeys("reason");

        var adjusted = budgets.adjust(id, "1915.2", "The escort's fares as well");
        assertThat(adjusted.annual()).isEqualTo(Money.ofPence(191520));
        assertThat(budgets.adjust(id, "£1,915.20", "The escort's fares as well").annual()).as("the same amount typed another way")
                .isEqualTo(adjusted.annual());
        assertThat(adjusted.adjustedReason()).isEqualTo("The escort's fares as well");
        assertThat(adjusted.working()).extracting(Line::text).anyMatch(t -> t.startsWith("Changed by the council from ")
                && t.endsWith(" to £1,915.20 a year: The escort's fares as well"));
        assertThat(Money.sum(adjusted.instalments().stream().map(i -> i.amount()).toList())).isEqualTo(adjusted.total());
    }

    @Test
    void a_sent_offer_is_emailed_read_by_the_family_and_an_adviser_with_consent_but_accepted_only_by_a_parent() {
        var decided = BudgetFixtures.decidedWithBudget(directory, households, applications, casework, budgets);
        var id = decided.budgetId();
        var sent = budgets.send(id);
        assertThat(sent.state()).isEqualTo(BudgetState.OFFERED);
        assertThatThrownBy(() -> budgets.send(id)).isInstanceOf(InvalidBudgetException.class);
        assertThatThrownBy(() -> budgets.adjust(id, "100", "Too late")).hasMessageContaining("can no longer be changed");
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, decided.parent().id());
        assertThat(TestMailServer.awaitMailTo(email, "Your personal transport budget offer")).contains("budgets/" + id);

        TestUsers.actAs(decided.parent());
        assertThat(family.budget(id).total()).isEqualTo(sent.total());
        assertThat(followUps.stream().flatMap(f -> f.forApplication(decided.applicationId(), DecisionFollowUps.Viewer.FAMILY).stream()))
                .singleElement().satisfies(f -> assertThat(f.linkText()).isEqualTo("Read and accept the budget offer"));
        assertThat(refusal(() -> family.accept(id, false))).containsOnlyKeys("declaration");

        var adviser = BudgetFixtures.adviserWithConsent(directory, jdbc, consents, decided.parent(), EnumSet.allOf(ConsentScope.class));
        assertThat(family.budget(id).id()).as("an adviser with consent may read it").isEqualTo(id);
        assertThatThrownBy(() -> family.accept(id, true)).as("but never accept it").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> family.decline(id, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> family.end(id, "Moving")).isInstanceOf(AccessDeniedException.class);

        ApplicationFixtures.parentWithChild(directory, households);
        assertThatThrownBy(() -> family.budget(id)).as("another household").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> family.accept(id, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(followUps.stream().flatMap(f -> f.forApplication(decided.applicationId(), DecisionFollowUps.Viewer.FAMILY).stream())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'REFUSED' and record_type = 'Budget' and record_id = ?",
                Integer.class, id.toString())).as("refusals audited").isGreaterThanOrEqualTo(5);
        assertThat(adviser.id()).isNotNull();
    }

    @Test
    void declining_tells_the_council_and_a_declined_offer_cannot_then_be_accepted() {
        var decided = BudgetFixtures.decidedWithBudget(directory, households, applications, casework, budgets);
        var id = decided.budgetId();
        budgets.send(id);
        TestUsers.actAs(decided.parent());
        var declined = family.decline(id, "We have found a lift share");
        assertThat(declined.state()).isEqualTo(BudgetState.DECLINED);
        assertThat(family.decline(id, "again").state()).as("declining twice declines once").isEqualTo(BudgetState.DECLINED);
        assertThat(refusal(() -> family.accept(id, true))).containsEntry("budget", "You declined this offer.");
        assertThat(TestMailServer.awaitMailTo("enquiries@rutland.gov.uk", declined.applicationReference())).contains("We have found a lift share");
        TestUsers.actAs(decided.officer());
        assertThat(budgets.toFollowUp()).extracting(b -> b.id()).contains(id);
    }

    static java.util.Map<String, String> refusal(Runnable step) {
        try {
            step.run();
        } catch (InvalidBudgetException e) {
            return e.problems();
        }
        throw new AssertionError("not refused");
    }
}
