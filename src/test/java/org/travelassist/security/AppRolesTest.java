package org.travelassist.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppRolesTest {

    @Test
    void entra_app_roles_become_portal_roles() {
        assertThat(AppRoles.forStaff(List.of("TransportOfficer"))).containsExactly(AppRoles.OFFICER);
        assertThat(AppRoles.forStaff(List.of("SeniorTransportOfficer")))
                .containsExactlyInAnyOrder(AppRoles.OFFICER, AppRoles.SENIOR_OFFICER);
        assertThat(AppRoles.forStaff(List.of("FinanceOfficer"))).containsExactly(AppRoles.FINANCE);
    }

    @Test
    void unknown_app_roles_grant_nothing() {
        assertThat(AppRoles.forStaff(List.of("Admin", "Everyone"))).isEmpty();
        assertThat(AppRoles.forStaff(List.of())).isEmpty();
    }

    @Test
    void each_role_lands_on_its_own_page() {
        assertThat(AppRoles.landingPath(Set.of(AppRoles.PARENT))).isEqualTo("household");
        assertThat(AppRoles.landingPath(Set.of(AppRoles.ADVISER))).isEqualTo("adviser");
        assertThat(AppRoles.landingPath(Set.of(AppRoles.OFFICER, AppRoles.SENIOR_OFFICER))).isEqualTo("officer/queue");
        assertThat(AppRoles.landingPath(Set.of(AppRoles.FINANCE))).isEqualTo("finance/payments");
    }
}
