package org.travelassist.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.shared.Postcode;

/** The checker's "today" is the date in England, not in UTC, which the portal's clock runs on. */
@IntegrationTest
class TodayInEnglandIT {

    @Autowired EligibilityService eligibility;
    @Autowired MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void at_half_past_midnight_on_their_eighth_birthday_a_child_has_the_three_mile_limit() {
        clock.moveTo(Instant.parse("2026-06-14T23:30:00Z")); // 00:30 BST on 15 June

        EligibilityResult result = eligibility.check(new CheckRequest(Postcode.parse("PE9 3TE").orElseThrow(),
                LocalDate.of(2018, 6, 15), null, false, false, null)).result();

        assertThat(result.question().assessmentDate()).isEqualTo("2026-06-15");
        assertThat(result.ageUsed()).isEqualTo(8);
        assertThat(result.walkingLimit()).isEqualTo(Distance.THREE_MILES);
    }
}
