package org.travelassist.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.IntegrationTest;
import org.travelassist.claims.MileagePolicy.ClaimDeadline;
import org.travelassist.shared.Money;

/** The demo council's mileage policy as configured in application.properties. */
@IntegrationTest
class MileagePoliciesIT {

    @Autowired MileagePolicies policies;

    @Test
    void rutland_pays_45p_a_mile_for_four_legs_claimed_monthly_by_the_5th() {
        MileagePolicy policy = policies.inForce(LocalDate.of(2026, 12, 1));

        assertThat(policy.version()).isEqualTo("RUTLAND-MILEAGE-2026-1");
        assertThat(policy.ratePence()).isEqualTo(45);
        assertThat(policy.higherRate()).isNull();
        assertThat(policy.fullDayLegs()).isEqualTo(4);
        assertThat(policy.halfDayLegs()).isEqualTo(2);
        assertThat(policy.claimPeriod()).isEqualTo(MileagePolicy.ClaimPeriod.MONTHLY);
        assertThat(policy.deadline()).isEqualTo(new ClaimDeadline(ClaimDeadline.Kind.DAY_OF_NEXT_MONTH, 5));
        assertThat(policy.secondApprovalAbove()).isEqualTo(Money.ofPounds(300));
    }
}
