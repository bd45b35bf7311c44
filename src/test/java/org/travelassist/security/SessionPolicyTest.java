package org.travelassist.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    final SessionPolicy policy = new SessionPolicy(Duration.ofHours(8), Duration.ofHours(1));
    final Instant signedIn = Instant.parse("2026-12-01T08:00:00Z");
    final AppUser parent = new AppUser(UUID.randomUUID(), "Priya", Set.of(AppRoles.PARENT));
    final AppUser adviser = new AppUser(UUID.randomUUID(), "Sam", Set.of(AppRoles.ADVISER));
    final AppUser officer = new AppUser(UUID.randomUUID(), "Olivia", Set.of(AppRoles.OFFICER));
    final AppUser finance = new AppUser(UUID.randomUUID(), "Fatima", Set.of(AppRoles.FINANCE));

    @Test
    void families_get_an_hour_however_busy_they_are() {
        assertThat(policy.reasonToEnd(parent, signedIn, signedIn.plus(Duration.ofMinutes(59)), null)).isEmpty();
        assertThat(policy.reasonToEnd(parent, signedIn, signedIn.plus(Duration.ofHours(1)), null)).hasValue("it reached its lifetime of 1 hours");
        assertThat(policy.reasonToEnd(adviser, signedIn, signedIn.plus(Duration.ofMinutes(61)), null)).isPresent();
    }

    @Test
    void staff_get_a_working_day() {
        assertThat(policy.reasonToEnd(officer, signedIn, signedIn.plus(Duration.ofHours(7).plusMinutes(59)), null)).isEmpty();
        assertThat(policy.reasonToEnd(officer, signedIn, signedIn.plus(Duration.ofHours(8)), null)).isPresent();
        assertThat(policy.lifetimeFor(finance)).isEqualTo(Duration.ofHours(8));
        // School offices and managers sign in through the staff provider too.
        assertThat(policy.lifetimeFor(new AppUser(UUID.randomUUID(), "Sarah", Set.of(AppRoles.SCHOOL_STAFF)))).isEqualTo(Duration.ofHours(8));
        assertThat(policy.lifetimeFor(new AppUser(UUID.randomUUID(), "Maya", Set.of(AppRoles.MANAGER)))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void sessions_an_administrator_ended_end_and_later_sign_ins_do_not() {
        Instant ended = signedIn.plus(Duration.ofMinutes(10));
        assertThat(policy.reasonToEnd(officer, signedIn, ended.plusSeconds(1), ended))
                .hasValue("an administrator ended this account's sessions");
        assertThat(policy.reasonToEnd(officer, ended.plusSeconds(5), ended.plusSeconds(6), ended)).isEmpty();
    }
}
