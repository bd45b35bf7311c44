package org.travelassist.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.audit.AuditTrail;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

@IntegrationTest
class HouseholdServiceIT {

    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired AuditTrail auditTrail;
    @Autowired JdbcTemplate jdbc;
    @Autowired @FlywayDataSource DataSource owner;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static ChildForm ada() {
        return new ChildForm("Ada Lovelace", "10", "12", "2015", "1 High Street", "Oakham", "le156hq", "", true);
    }

    @Test
    void a_parent_adds_changes_and_removes_a_child_of_their_household() {
        TestUsers.newParent(directory);
        UUID id = UUID.randomUUID();

        ChildDetails added = households.addChild(id, ada());
        assertThat(added.postcode().value()).isEqualTo("LE15 6HQ");
        assertThat(added.schoolName()).isNull();
        assertThat(households.children()).extracting(ChildDetails::fullName).containsExactly("Ada Lovelace");

        var changed = new ChildForm("Ada King", "10", "12", "2015", "1 High Street", "Oakham", "LE15 6HQ", "Catmose College", true);
        assertThat(households.changeChild(id, changed).schoolName()).isEqualTo("Catmose College");

        households.removeChild(id);
        assertThat(households.children()).isEmpty();
    }

    @Test
    void sending_the_same_new_child_twice_saves_it_once() {
        TestUsers.newParent(directory);
        UUID id = UUID.randomUUID();

        households.addChild(id, ada());
        households.addChild(id, ada());

        assertThat(households.children()).hasSize(1);
    }

    @Test
    void invalid_details_are_refused_with_a_message_per_field_and_nothing_is_saved() {
        TestUsers.newParent(directory);
        var form = new ChildForm("x".repeat(500), "1", "1", "2099", "", "", "not a postcode", "", null);

        assertThatThrownBy(() -> households.addChild(UUID.randomUUID(), form))
                .isInstanceOfSatisfying(InvalidChildException.class, e -> assertThat(e.problems()).containsOnlyKeys(
                        ChildRules.FULL_NAME, ChildRules.DATE_OF_BIRTH, ChildRules.ADDRESS_LINE1,
                        ChildRules.POSTCODE, ChildRules.HAS_EHC_PLAN));
        assertThat(households.children()).isEmpty();
    }

    @Test
    void another_households_child_is_refused_by_every_method_and_the_refusal_is_audited() {
        TestUsers.newParent(directory);
        UUID priyasChild = UUID.randomUUID();
        households.addChild(priyasChild, ada());

        AppUser tom = TestUsers.newParent(directory);
        var form = ada();
        assertThatThrownBy(() -> households.child(priyasChild)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> households.changeChild(priyasChild, form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> households.removeChild(priyasChild)).isInstanceOf(AccessDeniedException.class);
        // Reusing the id for a "new" child must not move or reveal the other household's child.
        assertThatThrownBy(() -> households.addChild(priyasChild, form)).isInstanceOf(AccessDeniedException.class);
        assertThat(households.children()).isEmpty();

        TestUsers.newStaff(directory, "TransportOfficer");
        var trail = auditTrail.forRecord("Child", priyasChild.toString());
        assertThat(trail).extracting(entry -> entry.action()).containsExactly("CREATED", "REFUSED", "REFUSED", "REFUSED", "REFUSED");
        assertThat(trail.get(1).actorId()).isEqualTo(tom.id());
        assertThat(trail.get(1).actorRole()).isEqualTo("PARENT");
    }

    @Test
    void an_unknown_child_is_not_found() {
        TestUsers.newParent(directory);
        assertThatThrownBy(() -> households.child(UUID.randomUUID())).isInstanceOf(ChildNotFoundException.class);
    }

    @Test
    void only_parents_may_use_the_household_service() {
        TestUsers.newStaff(directory, "TransportOfficer");
        assertThatThrownBy(() -> households.children()).isInstanceOf(AuthorizationDeniedException.class);
        TestUsers.signOut();
        assertThatThrownBy(() -> households.children()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void every_change_is_audited_with_who_their_role_and_before_and_after() {
        AppUser parent = TestUsers.newParent(directory);
        UUID id = UUID.randomUUID();
        households.addChild(id, ada());
        households.changeChild(id, new ChildForm("Ada King", "10", "12", "2015", "1 High Street", "Oakham", "LE15 6HQ", "", true));
        households.removeChild(id);

        TestUsers.newStaff(directory, "TransportOfficer");
        var trail = auditTrail.forRecord("Child", id.toString());
        assertThat(trail).extracting(entry -> entry.action()).containsExactly("CREATED", "CHANGED", "DELETED");
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(parent.id());
            assertThat(entry.actorRole()).isEqualTo("PARENT");
            assertThat(entry.onBehalfOf()).isNull();
        });
        assertThat(trail.get(0).after()).containsEntry("fullName", "Ada Lovelace").containsEntry("postcode", "LE15 6HQ");
        assertThat(trail.get(1).before()).containsEntry("fullName", "Ada Lovelace");
        assertThat(trail.get(1).after()).containsEntry("fullName", "Ada King");
        assertThat(trail.get(2).before()).containsEntry("fullName", "Ada King");
        assertThat(trail.get(2).after()).isEmpty();
    }

    @Test
    void the_audit_trail_cannot_be_changed_or_deleted_even_with_sql() {
        TestUsers.newParent(directory);
        households.addChild(UUID.randomUUID(), ada());

        // As the schema's owner, who has every privilege: the trigger still refuses. (The portal's own role has no
        // update or delete privilege at all: DatabaseRolesIT.)
        var asOwner = new JdbcTemplate(owner);
        assertThatThrownBy(() -> asOwner.update("update audit_record set actor_role = 'X'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner.update("delete from audit_record"))
                .hasMessageContaining("append-only");
    }
}
