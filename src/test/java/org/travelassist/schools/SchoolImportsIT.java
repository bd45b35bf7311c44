package org.travelassist.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.travelassist.schools.SchoolRegisterIT.RUTLAND;
import static org.travelassist.schools.SchoolRegisterIT.file;
import static org.travelassist.schools.SchoolRegisterIT.lines;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.audit.AuditEntry;
import org.travelassist.audit.AuditTrail;
import org.travelassist.schools.SchoolImport.Status;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** A GIAS file is checked, then applied by a senior officer; every test puts the Rutland register back. */
@IntegrationTest
class SchoolImportsIT {

    @Autowired SchoolImports imports;
    @Autowired SchoolRegister register;
    @Autowired AuditTrail audit;
    @Autowired AppUserDirectory directory;
    @Autowired DataSource dataSource;

    @AfterEach
    void restoreRutland() throws IOException {
        SchoolRegisterIT.restoreRutland(imports);
        TestUsers.signOut();
    }

    @Test
    void a_small_valid_change_is_applied_only_when_a_senior_officer_confirms_it_and_is_audited() throws IOException {
        List<String> rutland = lines(RUTLAND);
        var renamed = new ArrayList<>(rutland);
        renamed.set(1, rutland.get(1).replace("Brooke Hill Academy", "Brooke Hill Primary Academy"));

        TestUsers.newStaff(directory, "TransportOfficer");
        SchoolImport checked = imports.stage("edubasealldata.csv", file(renamed));
        assertThat(checked.status()).isEqualTo(Status.STAGED);
        assertThat(checked.blockers()).isEmpty();
        assertThat(checked.added()).isZero();
        assertThat(checked.closed()).isZero();
        assertThat(checked.changed()).isEqualTo(1);
        assertThat(checked.changedSchools()).singleElement().satisfies(school -> {
            assertThat(school.name()).isEqualTo("Brooke Hill Primary Academy");
            assertThat(school.what()).isEqualTo("name");
        });
        assertThat(checked.sha256()).hasSize(64);
        assertThat(register.openSchools()).extracting(School::name).contains("Brooke Hill Academy");

        assertThatThrownBy(() -> imports.confirm(checked.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(imports.pending()).get().extracting(SchoolImport::id).isEqualTo(checked.id());

        AppUser senior = TestUsers.newStaff(directory, "SeniorTransportOfficer");
        SchoolImport applied = imports.confirm(checked.id());
        assertThat(applied.status()).isEqualTo(Status.APPLIED);
        assertThat(applied.decidedBy()).isEqualTo(senior.displayName());
        assertThat(register.openSchools()).hasSize(25).extracting(School::name)
                .contains("Brooke Hill Primary Academy").doesNotContain("Brooke Hill Academy");
        assertThat(imports.pending()).isEmpty();
        assertThatThrownBy(() -> imports.confirm(checked.id())).isInstanceOf(SchoolImports.ImportNoLongerValid.class)
                .hasMessageContaining("was applied");

        List<AuditEntry> trail = audit.forRecord(SchoolImports.RECORD_TYPE, checked.id().toString());
        assertThat(trail).extracting(AuditEntry::action).containsExactly("CREATED", "CHANGED");
        assertThat(trail.get(0).after()).containsEntry("sha256", checked.sha256()).containsEntry("changed", "1")
                .containsEntry("closed", "0").containsEntry("added", "0").containsEntry("status", "STAGED")
                .containsEntry("rows", "25");
        assertThat(trail.get(1).after()).containsEntry("status", "APPLIED");
        assertThat(trail.get(1).actorId()).isEqualTo(senior.id());
    }

    @Test
    void a_file_with_only_a_header_is_refused_and_closes_nothing() throws IOException {
        TestUsers.newStaff(directory, "SeniorTransportOfficer");
        SchoolImport checked = imports.stage("header only", file(List.of(lines(RUTLAND).get(0))));

        assertThat(checked.status()).isEqualTo(Status.REFUSED);
        assertThat(checked.closed()).isEqualTo(25);
        assertThat(checked.blockers()).anySatisfy(reason -> assertThat(reason).contains("lists no open school"));
        assertThatThrownBy(() -> imports.confirm(checked.id())).isInstanceOf(SchoolImports.ImportNoLongerValid.class);
        assertThat(register.openSchools()).hasSize(25);
        assertThat(audit.forRecord(SchoolImports.RECORD_TYPE, checked.id().toString())).singleElement()
                .satisfies(entry -> assertThat(entry.after()).containsEntry("status", "REFUSED").containsEntry("closed", "25"));
    }

    @Test
    void a_file_that_would_close_three_percent_of_open_schools_is_refused_and_two_percent_is_not() throws IOException {
        List<String> hundred = hundredSchools();
        try (InputStream in = file(hundred)) {
            assertThat(imports.applyAtStartUp("100 schools", in).status()).isEqualTo(Status.APPLIED);
        }
        assertThat(register.openSchools()).hasSize(100);
        TestUsers.newStaff(directory, "SeniorTransportOfficer");

        SchoolImport threeGone = imports.stage("three gone", file(hundred.subList(0, 98)));
        assertThat(threeGone.closed()).isEqualTo(3);
        assertThat(threeGone.status()).isEqualTo(Status.REFUSED);
        assertThat(threeGone.blockers()).singleElement().asString()
                .contains("would close 3 of the 100 open schools (3.0%)").contains("More than 2% closing at once is refused");

        SchoolImport twoGone = imports.stage("two gone", file(hundred.subList(0, 99)));
        assertThat(twoGone.closed()).isEqualTo(2);
        assertThat(twoGone.status()).isEqualTo(Status.STAGED);
        assertThat(twoGone.closedSchools()).hasSize(2);
        assertThat(register.openSchools()).hasSize(100);
    }

    @Test
    void a_refused_row_of_an_open_school_refuses_the_file_and_says_which_line() throws IOException {
        TestUsers.newStaff(directory, "TransportOfficer");
        List<String> rutland = new ArrayList<>(lines(RUTLAND));
        rutland.set(2, rutland.get(2).replaceFirst(",", ",\""));
        rutland.set(3, rutland.get(3).replace("Casterton College Rutland", "Casterton <img src=x onerror=alert(1)>"));
        rutland.set(4, rutland.get(4).replaceFirst("^\\d+", "ABC"));

        SchoolImport checked = imports.stage("broken", file(rutland));

        assertThat(checked.status()).isEqualTo(Status.REFUSED);
        assertThat(checked.refusedRows()).extracting(SchoolImport.RefusedRow::line).containsExactly(3L, 4L, 5L);
        assertThat(checked.refusedRows().get(1).reason()).isEqualTo("URN 137340 has < or > in its name, which looks like markup: check the file");
        assertThat(checked.blockers()).anySatisfy(reason -> assertThat(reason).startsWith("Line 3: The row cannot be read as CSV")
                .contains("(URN 120340) is open in the register"));
        assertThat(checked.blockers()).anySatisfy(reason -> assertThat(reason).startsWith("Line 4: ")
                .contains("Casterton College Rutland (URN 137340) is open in the register"));
        assertThat(checked.blockers()).anySatisfy(reason -> assertThat(reason).startsWith("Line 5: No valid URN: 'ABC'")
                .contains("We cannot tell which school this row is"));
        assertThat(register.openSchools()).extracting(School::name).contains("Casterton College Rutland");
    }

    @Test
    void a_file_that_is_not_gias_or_is_too_large_is_refused_on_the_server() {
        TestUsers.newStaff(directory, "TransportOfficer");
        SchoolImport wrong = imports.stage("wrong", file(List.of("name,age", "Ada,9")));
        assertThat(wrong.status()).isEqualTo(Status.REFUSED);
        assertThat(wrong.blockers()).first().asString().startsWith("Not a GIAS establishment file");

        InputStream endless = new InputStream() { // one byte more than the limit, never held in memory
            long left = imports.maxBytes() + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) '\n');
                left -= n;
                return n;
            }
        };
        SchoolImport large = imports.stage("large", endless);
        assertThat(large.status()).isEqualTo(Status.REFUSED);
        assertThat(large.blockers()).first().asString().startsWith("The file is larger than 100 MB");
        assertThat(register.openSchools()).hasSize(25);
    }

    @Test
    void parents_cannot_stage_a_file() {
        TestUsers.newParent(directory);
        assertThatThrownBy(() -> imports.stage("x", file(List.of()))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_change_another_node_announces_reloads_this_nodes_register() throws Exception {
        // Another node: its own connection changes the table and notifies; this node hears it and reloads.
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("update school set name = 'Catmose College (another node)' where urn = '990001'");
            statement.execute("select pg_notify('" + SchoolRegister.CHANNEL + "', 'another-node')");
            assertThat(register.find("990001").orElseThrow().name()).isEqualTo("Catmose College");
            connection.commit();
        }
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(register.find("990001").orElseThrow().name()).isEqualTo("Catmose College (another node)"));
    }

    /** The 25 Rutland schools and 75 copies under new URNs: a register where one school is 1%. */
    private static List<String> hundredSchools() throws IOException {
        List<String> rutland = lines(RUTLAND);
        var hundred = new ArrayList<>(rutland);
        for (int i = 0; i < 75; i++) {
            String row = rutland.get(1 + i % 25);
            hundred.add(row.replaceFirst("^\\d+", String.valueOf(880_000 + i)));
        }
        return hundred;
    }
}
