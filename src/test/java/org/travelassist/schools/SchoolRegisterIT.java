package org.travelassist.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ImportReport;

/** GIAS imports change the one register every test shares, so each import test restores the Rutland file. */
@IntegrationTest
class SchoolRegisterIT {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final String RUTLAND = "data/rutland/edubase-rutland-demo.csv";

    @Autowired SchoolRegister register;
    @Autowired AppUserDirectory directory;

    @AfterEach
    void restoreRutland() throws IOException {
        TestUsers.newStaff(directory, "TransportOfficer");
        restoreRutland(register);
        TestUsers.signOut();
    }

    /** Puts the Rutland register back (the caller is signed in as an officer). */
    static void restoreRutland(SchoolRegister register) throws IOException {
        try (InputStream in = new ClassPathResource(RUTLAND).getInputStream()) {
            register.importGias(RUTLAND, in);
        }
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), WINDOWS_1252).lines().toList();
        }
    }

    static ByteArrayInputStream file(List<String> lines) {
        return new ByteArrayInputStream(String.join("\r\n", lines).getBytes(WINDOWS_1252));
    }

    @Test
    void the_rutland_register_is_loaded_and_classified_for_the_travel_rules() {
        assertThat(register.openSchools()).hasSize(25);
        School catmose = register.search("catmose college", 5).getFirst();
        assertThat(catmose.qualifying()).isTrue();
        assertThat(catmose.independent()).isFalse();
        assertThat(catmose.lowAge()).isEqualTo(11);
        School shires = register.find("131018").orElseThrow();
        assertThat(shires.independent()).isTrue();
        assertThat(shires.special()).isTrue();
        assertThat(shires.qualifying()).isFalse();
        assertThat(shires.senProvision()).containsExactly("ASD - Autistic Spectrum Disorder");
        assertThat(register.find("139611").orElseThrow().religiousCharacter()).isEqualTo("Roman Catholic");
        assertThat(register.find("137358").orElseThrow().religiousCharacter()).isNull();
        assertThat(catmose.position().latitude()).isBetween(52.66, 52.68);
    }

    @Test
    void the_2021_layout_imports_keeping_open_schools_only() throws IOException {
        TestUsers.newStaff(directory, "TransportOfficer");
        ImportReport report;
        try (InputStream in = new ClassPathResource("gias/edubasealldata-2021-05-sample.csv").getInputStream()) {
            report = register.importGias("2021 sample", in);
        }
        // 88 open and 1 open but proposed to close; closed and proposed schools are left out.
        assertThat(report.imported() + report.skipped()).isEqualTo(89);
        assertThat(register.openSchools()).hasSize(report.imported());
        assertThat(register.openSchools()).filteredOn(s -> s.type().equals("Welsh establishment"))
                .isNotEmpty().allSatisfy(s -> assertThat(s.qualifying()).isFalse());
        assertThat(register.openSchools()).filteredOn(s -> s.type().equals("Voluntary aided school"))
                .isNotEmpty().allSatisfy(s -> assertThat(s.qualifying()).isTrue());
    }

    @Test
    void a_broken_row_is_reported_with_its_line_and_the_rest_imports() throws IOException {
        TestUsers.newStaff(directory, "TransportOfficer");
        List<String> rutland = lines(RUTLAND);
        String header = rutland.get(0);
        String good = rutland.get(1);
        String unclosedQuote = rutland.get(2).replaceFirst(",", ",\"");
        String tooShort = String.join(",", List.of(rutland.get(3).split(",")).subList(0, 20));
        String badUrn = rutland.get(4).replaceFirst("^\\d+", "ABC");
        var file = file(List.of(header, good, unclosedQuote, tooShort, badUrn, rutland.get(5)));

        ImportReport report = register.importGias("broken", file);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(3L, 4L, 5L);
        assertThat(report.problems().get(1).reason()).contains("has 20 fields; the header has 139");
        assertThat(report.problems().get(2).reason()).contains("No valid URN: 'ABC'");
    }

    @Test
    void a_name_with_markup_or_a_control_character_is_refused_with_its_line() throws IOException {
        TestUsers.newStaff(directory, "TransportOfficer");
        List<String> rutland = lines(RUTLAND);
        String markup = rutland.get(3).replace("Casterton College Rutland", "Casterton <img src=x onerror=alert(1)>");
        String control = rutland.get(4).replaceFirst(",([A-Z][a-z]+) ", ",$1\u000B");
        var file = file(List.of(rutland.get(0), rutland.get(1), rutland.get(2), markup, control));

        ImportReport report = register.importGias("names", file);

        assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(4L, 5L);
        assertThat(report.problems().get(0).reason()).isEqualTo("URN 137340 has < or > in its name, which looks like markup: check the file");
        assertThat(report.problems().get(1).reason()).endsWith("has a control character in its name: check the file");
        assertThat(register.openSchools()).extracting(School::name).noneMatch(name -> name.contains("<") || name.contains("\u000B"));
    }

    @Test
    void a_re_import_updates_by_urn_and_closes_schools_no_longer_listed_as_open() throws IOException {
        TestUsers.newStaff(directory, "TransportOfficer");
        List<String> rutland = lines(RUTLAND);
        String renamed = rutland.get(1).replace("Brooke Hill Academy", "Brooke Hill Primary Academy");
        register.importGias("partial", file(List.of(rutland.get(0), renamed, rutland.get(2))));

        assertThat(register.openSchools()).extracting(School::name)
                .containsExactlyInAnyOrder("Brooke Hill Primary Academy", "Brooke Priory School");
    }

    @Test
    void a_file_that_is_not_gias_is_refused_whole() {
        TestUsers.newStaff(directory, "TransportOfficer");
        ImportReport report = register.importGias("wrong", file(List.of("name,age", "Ada,9")));
        assertThat(report.imported()).isZero();
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("Not a GIAS establishment file"));
        assertThat(register.openSchools()).hasSize(25);
    }

    @Test
    void only_officers_may_import_the_register() {
        TestUsers.newParent(directory);
        assertThatThrownBy(() -> register.importGias("x", file(List.of()))).isInstanceOf(AuthorizationDeniedException.class);
    }
}
