package org.travelassist.budgets;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council's budget policies ({@code travelassist.budgets.policies[n]}), each in force from its date until the
 * next one starts, like the eligibility policies. An offer is worked out under the policy in force on the day the
 * budget starts; an accepted agreement keeps its own copy of the amounts.
 */
@ConfigurationProperties("travelassist.budgets")
public record BudgetPolicies(List<BudgetPolicy> policies) {

    public BudgetPolicies {
        if (policies == null || policies.isEmpty()) {
            throw new IllegalStateException("No budget policy configured (travelassist.budgets.policies)");
        }
        policies = policies.stream().sorted(Comparator.comparing(BudgetPolicy::effectiveFrom)).toList();
    }

    /** The policy in force on a day; before the first one starts, the first one. */
    public BudgetPolicy inForce(LocalDate day) {
        BudgetPolicy current = policies.getFirst();
        for (BudgetPolicy policy : policies) {
            if (!policy.effectiveFrom().isAfter(day)) {
                current = policy;
            }
        }
        return current;
    }

    /** The policy for the policy year after {@code ending}: the one in force on that year's first day. */
    public BudgetPolicy forYearAfter(BudgetPolicy.PolicyYear ending) {
        LocalDate dayAfter = ending.ends().plusDays(1);
        return inForce(inForce(dayAfter).yearFor(dayAfter).starts());
    }

    public Optional<BudgetPolicy> version(String version) {
        return policies.stream().filter(policy -> policy.version().equals(version)).findFirst();
    }
}
