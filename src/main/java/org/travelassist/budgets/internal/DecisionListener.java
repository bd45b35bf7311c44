package org.travelassist.budgets.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.applications.ApplicationDecided;
import org.travelassist.applications.Offer;
import org.travelassist.budgets.BudgetFacts;
import org.travelassist.budgets.BudgetPolicies;
import org.travelassist.budgets.BudgetRules;
import org.travelassist.budgets.BudgetState;
import org.travelassist.budgets.BudgetWorking;
import org.travelassist.shared.GovukDates;

/**
 * Makes the draft offer when a decision offers a personal transport budget, from the distances stored with the
 * decision. Idempotent on the application and the occasion: a redelivered event finds its budget and does nothing
 * (and the table's unique constraint backs that up). A revised decision withdraws an offer not yet accepted; an
 * accepted agreement is never touched by it.
 */
@Component
class DecisionListener {

    private static final Logger log = LoggerFactory.getLogger(DecisionListener.class);

    private final BudgetRepository budgets;
    private final BudgetRecords records;
    private final BudgetPolicies policies;
    private final Clock clock;
    private final BudgetSchoolDays schoolDays;

    DecisionListener(BudgetRepository budgets, BudgetRecords records, BudgetPolicies policies, Clock clock, BudgetSchoolDays schoolDays) {
        this.schoolDays = schoolDays;
        this.budgets = budgets;
        this.records = records;
        this.policies = policies;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ApplicationDecided decided) {
        if (budgets.existsMadeBy(decided.applicationId(), decided.occasion())) {
            return;
        }
        var standing = budgets.findByApplicationIdOrderByCreatedAtAsc(decided.applicationId());
        if (standing.stream().anyMatch(budget -> budget.state().agreed())) {
            log.info("Application {} decided again ({}): its budget agreement stands unchanged", decided.reference(), decided.occasion());
            return;
        }
        boolean offered = decided.eligible() && decided.offers().contains(Offer.PERSONAL_TRANSPORT_BUDGET);
        String why = offered ? "Replaced by the revised offer after the " + occasionWords(decided.occasion())
                : "The decision after the " + occasionWords(decided.occasion()) + " does not offer a budget";
        for (Budget budget : standing) {
            if (budget.state() == BudgetState.DRAFT || budget.state() == BudgetState.OFFERED) {
                records.change(budget, () -> budget.withdraw(why, GovukDates.today(clock)));
            }
        }
        if (!offered) {
            return;
        }
        var distances = decided.distances();
        var facts = BudgetFacts.measured(distances.walkingMetres(), distances.walkingStraightLine(), distances.roadMetres(),
                decided.decidedOn());
        var policy = policies.inForce(decided.decidedOn());
        var budget = new Budget(decided, facts, policy.version(), clock.instant());
        var yearDays = schoolDays.year(decided.schoolUrn(), policy.yearFor(facts.startsOn()), policy);
        switch (BudgetRules.workOut(policy, facts, yearDays)) {
            case BudgetRules.Worked worked -> budget.work(worked.working(), null);
            case BudgetRules.NeedsOfficer needs -> budget.needsOfficer(needs.reason(), java.util.List.of(BudgetWorking.Line.of(needs.reason())));
        }
        records.created(budget);
    }

    private static String occasionWords(ApplicationDecided.Occasion occasion) {
        return switch (occasion) {
            case DECISION -> "decision";
            case REVISED_AFTER_REVIEW -> "review";
            case REVISED_AFTER_APPEAL -> "appeal";
        };
    }
}
