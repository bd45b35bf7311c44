package org.travelassist.eligibility;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The council's eligibility policies, each in force from its date until the next one starts. */
@ConfigurationProperties("travelassist.eligibility")
public record EligibilityPolicies(List<EligibilityPolicy> policies) {

    public EligibilityPolicies {
        if (policies == null || policies.isEmpty()) {
            throw new IllegalStateException("No eligibility policy configured (travelassist.eligibility.policies)");
        }
        policies = policies.stream().sorted(Comparator.comparing(EligibilityPolicy::effectiveFrom)).toList();
    }

    /** The policy in force on a day; before the first one starts, the first one. */
    public EligibilityPolicy inForce(LocalDate day) {
        EligibilityPolicy current = policies.getFirst();
        for (EligibilityPolicy policy : policies) {
            if (!policy.effectiveFrom().isAfter(day)) {
                current = policy;
            }
        }
        return current;
    }
}
