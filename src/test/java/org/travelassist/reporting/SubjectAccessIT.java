package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.reporting.internal.SubjectAccessQueries;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import tools.jackson.databind.json.JsonMapper;

/** A subject access export, unzipped and parsed back: the household's own records, its letters, nobody else's, and audited. */
@IntegrationTest
class SubjectAccessIT {

    @Autowired SubjectAccess subjectAccess;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        var files = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void everything_held_about_one_household_and_nothing_about_another_is_in_the_zip_and_the_export_is_audited() throws Exception {
        TestUsers.newParent(directory);
        households.addChild(UUID.randomUUID(), new ChildForm("Someone Else", "1", "3", "2014", "9 High Street", "Oakham", "le157hy", "", false));

        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        var parent = TestUsers.current();
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.addEvidence(id, "gp-letter.pdf", ApplicationFixtures.PDF);
        String reference = String.valueOf(applications.submit(id, true).reference());
        TestUsers.newStaff(directory, "TransportOfficer");
        casework.assignToMe(id);
        casework.assess(id, true, "Cannot walk 400 m (paediatrician's letter)", false, "Pavements all the way");
        casework.decide(id, Decision.eligible(Category.A, Set.of(Offer.SHARED_VEHICLE), "Cannot walk"));

        var household = subjectAccess.find(reference.toLowerCase()).orElseThrow();
        assertThat(household.children()).isEqualTo(1);
        assertThat(household.applications()).isEqualTo(1);
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, parent.id());
        assertThat(subjectAccess.find(email.toUpperCase())).hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(household.id()));
        assertThat(subjectAccess.find("TA-1999-000000")).isEmpty();

        var export = subjectAccess.export(household.id());
        assertThat(export.fileName()).startsWith("subject-access-").endsWith(".zip");
        var files = unzip(export.zip());
        assertThat(files).containsKeys("README.txt", "data/household.json", "data/accounts.json", "data/children.json",
                "data/applications.json", "data/evidence-list.json", "data/letters-list.json", "data/audit-trail.json");
        var json = JsonMapper.builder().build();
        var children = json.readTree(files.get("data/children.json"));
        assertThat(children).hasSize(1);
        assertThat(children.get(0).get("full_name").asString()).isEqualTo("Noor Hussain");
        var applicationsJson = json.readTree(files.get("data/applications.json"));
        assertThat(applicationsJson.get(0).get("reference").asString()).isEqualTo(reference);
        assertThat(applicationsJson.get(0).get("answers").get("needs").asString()).contains("Autism");
        var evidence = json.readTree(files.get("data/evidence-list.json"));
        assertThat(evidence.get(0).has("content")).as("the list, not the file").isFalse();
        assertThat(evidence.get(0).get("file_name").asString()).isEqualTo("gp-letter.pdf");
        assertThat(files.values().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8))).noneMatch(text -> text.contains("Someone Else"));
        var letters = files.keySet().stream().filter(name -> name.startsWith("letters/")).toList();
        assertThat(letters).hasSize(1).first().asString().startsWith("letters/" + reference + "-").endsWith(".pdf");
        assertThat(new String(files.get(letters.getFirst()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(json.readTree(files.get("data/audit-trail.json")).toString()).contains(id.toString());

        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'Household' and record_id = ? and action = 'READ' "
                + "and after_state ->> 'read' = 'subject access export'", Integer.class, household.id().toString())).isEqualTo(1);
    }

    @Test
    void every_table_that_holds_a_households_rows_is_in_the_export() {
        // A module that adds a table with a household column must add it to the export too (or it is never disclosed).
        var tables = jdbc.queryForList("""
                select table_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'household_id'
                  and table_name in (select table_name from information_schema.tables where table_type = 'BASE TABLE')""", String.class);
        assertThat(tables).isNotEmpty();
        assertThat(SubjectAccessQueries.tablesRead()).containsAll(tables);
    }

    @Test
    void only_officers_may_find_or_export_a_household() {
        UUID household = UUID.randomUUID();
        for (Runnable signIn : new Runnable[] {() -> TestUsers.newParent(directory), () -> TestUsers.newStaff(directory, "TransportManager"),
                () -> TestUsers.newStaff(directory, "FinanceOfficer"), () -> TestUsers.newStaff(directory, "SchoolStaff")}) {
            signIn.run();
            assertThatThrownBy(() -> subjectAccess.find("TA-2026-000123")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> subjectAccess.export(household)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
