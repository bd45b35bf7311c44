package org.travelassist.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/**
 * The portal's own database user can add to the audit trail and read it, and nothing else: no update, no delete,
 * no truncate, and, since it owns nothing, no disabling the trigger or altering the table. Flyway's owner can
 * alter the schema, and even the owner cannot change a row: the trigger refuses it.
 */
@IntegrationTest
class DatabaseRolesIT {

    @Autowired JdbcTemplate portal;
    @Autowired @FlywayDataSource DataSource owner;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
    }

    @Test
    void the_portal_connects_as_a_role_that_owns_nothing_and_only_adds_to_the_audit_trail() {
        TestUsers.newParent(directory);
        households.addChild(UUID.randomUUID(), new ChildForm("Ada Lovelace", "10", "12", "2015", "1 High Street", "Oakham", "le157hy", "", false));

        assertThat(portal.queryForObject("select current_user", String.class)).isEqualTo("travel_assist_app");
        assertThat(portal.queryForObject("select count(*) from audit_record", Long.class)).as("it reads the trail").isPositive();
        assertThat(portal.queryForObject("select count(*) from pg_tables where schemaname = current_schema() and tableowner = current_user",
                Long.class)).as("it owns no table").isZero();

        assertThatThrownBy(() -> portal.update("update audit_record set actor_role = 'X'")).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> portal.update("delete from audit_record")).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> portal.execute("truncate audit_record")).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> portal.execute("alter table audit_record disable trigger audit_record_append_only")).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> portal.execute("alter table audit_record add column note text")).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> portal.execute("drop trigger audit_record_append_only on audit_record")).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> portal.update("delete from flyway_schema_history")).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void even_the_schema_owner_cannot_change_an_audit_row() {
        TestUsers.newParent(directory);
        households.addChild(UUID.randomUUID(), new ChildForm("Ada Lovelace", "10", "12", "2015", "1 High Street", "Oakham", "le157hy", "", false));
        var asOwner = new JdbcTemplate(owner);

        assertThat(asOwner.queryForObject("select current_user", String.class)).isEqualTo("postgres");
        assertThatThrownBy(() -> asOwner.update("update audit_record set actor_role = 'X'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner.update("delete from audit_record")).hasMessageContaining("append-only");
    }
}
