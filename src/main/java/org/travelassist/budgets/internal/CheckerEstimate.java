package org.travelassist.budgets.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.travelassist.budgets.BudgetFacts;
import org.travelassist.budgets.BudgetPolicies;
import org.travelassist.budgets.BudgetRules;
import org.travelassist.eligibility.CheckEstimates;
import org.travelassist.eligibility.EligibilityResult;

/**
 * On the public checker, for a child who looks eligible: what a personal transport budget would be worth for a whole
 * year under the council's policy in force, from the distances the checker measured, in whole pounds and labelled as
 * an estimate. Nothing is stored; the council works the amount out when it decides.
 */
@Component
class CheckerEstimate implements CheckEstimates {

    private final BudgetPolicies policies;

    CheckerEstimate(BudgetPolicies policies) {
        this.policies = policies;
    }

    @Override
    public Optional<Estimate> estimate(EligibilityResult result) {
        var school = result.school();
        if (result.outcome() != EligibilityResult.Outcome.ELIGIBLE || school == null) {
            return Optional.empty();
        }
        var policy = policies.inForce(result.question().assessmentDate());
        var facts = BudgetFacts.measured(school.walking().metresRounded(), school.walkingMeasure() == EligibilityResult.Measure.STRAIGHT_LINE,
                school.road() == null ? null : school.road().metresRounded(),
                policy.yearFor(result.question().assessmentDate()).starts());
        if (!(BudgetRules.workOut(policy, facts) instanceof BudgetRules.Worked worked)) {
            return Optional.empty();
        }
        var working = worked.working();
        long pounds = (working.annual().pence() + 50) / 100;
        return Optional.of(new Estimate("What a travel budget would be worth",
                "If the council offers a personal transport budget instead of transport, it would be about "
                        + String.format(java.util.Locale.UK, "£%,d", pounds) + " a year, paid in " + working.instalments().size() + " "
                        + (policy.schedule().shape() == org.travelassist.budgets.BudgetPolicy.Shape.TERMLY_IN_ADVANCE ? "termly " : "")
                        + "instalments. This is an estimate from the council's published rates and the distance to " + school.name()
                        + "; the council works out the amount when it decides, and a budget starting during the year is less."));
    }
}
