package org.travelassist.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** Each invitation emails a code to an address the family typed: a household may send five a day. */
@IntegrationTest
class AdviserInvitationQuotaIT {

    @Autowired AdviserConsents consents;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired TestClock.MovableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.signOut();
    }

    @Test
    void the_sixth_invitation_in_a_day_is_refused_with_a_clear_message_and_tomorrow_works() {
        var first = TestUsers.newParent(directory);
        households.addChild(UUID.randomUUID(), new ChildForm("Ada Lovelace", "5", "6", "2014", "2 Burley Road", "Oakham", "LE15 7HY", "", false));
        for (int i = 0; i < AdviserConsents.MOST_INVITATIONS_A_DAY; i++) {
            consents.invite("adviser-" + i + "@sendias.example.org", EnumSet.of(ConsentScope.VIEW), 12);
        }

        assertThatThrownBy(() -> consents.invite("one-more@sendias.example.org", EnumSet.of(ConsentScope.VIEW), 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(AdviserConsents.TOO_MANY_INVITATIONS);

        TestUsers.newParent(directory);
        households.addChild(UUID.randomUUID(), new ChildForm("Alan Turing", "5", "6", "2014", "3 Burley Road", "Oakham", "LE15 7HY", "", false));
        assertThat(consents.invite("adviser@sendias.example.org", EnumSet.of(ConsentScope.VIEW), 12).code())
                .as("another household has its own five").hasSize(8);

        TestUsers.actAs(first);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(consents.invite("adviser-tomorrow@sendias.example.org", EnumSet.of(ConsentScope.VIEW), 12).code()).hasSize(8);
    }
}
