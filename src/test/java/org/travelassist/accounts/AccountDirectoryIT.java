package org.travelassist.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;

@IntegrationTest
class AccountDirectoryIT {

    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_identity_maps_to_one_account_keyed_on_our_own_id_with_the_subject_stored() {
        AppUser first = directory.signIn("families", "sub-one-login-123", "a@example.com", "A Parent", Set.of());
        AppUser again = directory.signIn("families", "sub-one-login-123", "new@example.com", "A Parent", Set.of());

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.id().toString()).isNotEqualTo("sub-one-login-123");
        assertThat(jdbc.queryForObject("select subject from user_account where id = ?", String.class, first.id()))
                .isEqualTo("sub-one-login-123");
        assertThat(jdbc.queryForObject("select email from user_account where id = ?", String.class, first.id()))
                .isEqualTo("new@example.com");
    }

    @Test
    void the_same_subject_at_another_provider_is_another_person() {
        AppUser family = directory.signIn("families", "shared-sub", null, null, Set.of());
        AppUser staff = directory.signIn("staff", "shared-sub", null, null, Set.of(AppRoles.OFFICER));

        assertThat(family.id()).isNotEqualTo(staff.id());
    }

    @Test
    void families_are_parents_unless_their_email_is_a_registered_adviser() {
        assertThat(directory.signIn("families", "p-1", "someone@example.com", null, Set.of()).roles())
                .containsExactly(AppRoles.PARENT);
        // Registered by the local demo data; matched whatever the case.
        assertThat(directory.signIn("families", "adv-1", "Sam.Adebayo@sendias.example.org", null, Set.of()).roles())
                .containsExactly(AppRoles.ADVISER);
    }

    @Test
    void staff_roles_come_from_the_staff_identity_provider() {
        assertThat(directory.signIn("staff", "s-1", null, "An Officer", AppRoles.forStaff(Set.of("FinanceOfficer"))).roles())
                .containsExactly(AppRoles.FINANCE);
    }
}
