package org.travelassist.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.travelassist.IntegrationTest;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** GIAS imports change the one register every test shares, so each import test restores the Rutland file. */
@IntegrationTest
class SchoolRegisterIT {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final String RUTLAND = "data/rutland/edubase-rutland-demo.csv";

    @Autowired SchoolRegister register;
    @Autowired SchoolImports imports;
    @Autowired AppUserDirectory directory;

    @AfterEach
    void restoreRutland() throws IOException {
        restoreRutland(imports);
        TestUsers.signOut();
    }

    /** Puts the Rutland register back, as the start-up import does (no senior officer, no limit on closing). */
    static void restoreRutland(SchoolImports imports) throws IOException {
        try (InputStream in = new ClassPathResource(RUTLAND).getInputStream()) {
            assertThat(imports.applyAtStartUp(RUTLAND, in).status()).isEqualTo(SchoolImport.Status.APPLIED);
        }
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), WINDOWS_1252).lines().toList();
        }
    }

    static java.io.ByteArrayInputStream file(List<String> lines) {
        return new java.io.ByteArrayInputStream(String.join("\r\n", lines).getBytes(WINDOWS_1252));
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
        SchoolImport applied;
        try (InputStream in = new ClassPathResource("gias/edubasealldata-2021-05-sample.csv").getInputStream()) {
            applied = imports.applyAtStartUp("2021 sample", in);
        }
        // 88 open and 1 open but proposed to close; closed and proposed schools are left out.
        assertThat(applied.status()).isEqualTo(SchoolImport.Status.APPLIED);
        assertThat(applied.added() + applied.refused()).isEqualTo(89);
        assertThat(register.openSchools()).hasSize(applied.added());
        assertThat(register.openSchools()).filteredOn(s -> s.type().equals("Welsh establishment"))
                .isNotEmpty().allSatisfy(s -> assertThat(s.qualifying()).isFalse());
        assertThat(register.openSchools()).filteredOn(s -> s.type().equals("Voluntary aided school"))
                .isNotEmpty().allSatisfy(s -> assertThat(s.qualifying()).isTrue());
    }
}
