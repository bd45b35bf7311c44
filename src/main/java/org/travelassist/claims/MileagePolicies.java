package org.travelassist.claims;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The council's mileage policies ({@code travelassist.mileage.policies}), each in force from its date until the next. */
@ConfigurationProperties("travelassist.mileage")
public record MileagePolicies(List<MileagePolicy> policies) {

    public MileagePolicies {
        if (policies == null || policies.isEmpty()) {
            throw new IllegalStateException("No mileage policy configured (travelassist.mileage.policies)");
        }
        policies = policies.stream().sorted(Comparator.comparing(MileagePolicy::effectiveFrom)).toList();
    }

    /** The policy in force on a day; before the first one starts, the first one. */
    public MileagePolicy inForce(LocalDate day) {
        MileagePolicy current = policies.getFirst();
        for (MileagePolicy policy : policies) {
            if (!policy.effectiveFrom().isAfter(day)) {
                current = policy;
            }
        }
        return current;
    }
}
