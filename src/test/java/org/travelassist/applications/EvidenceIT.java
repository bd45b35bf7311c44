package org.travelassist.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.internal.EvidenceChecks;
import org.travelassist.applications.internal.EvidenceChecksTest;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** Evidence through the service against PostgreSQL: limits, names, photos without their GPS position, the audit trail. */
@IntegrationTest
class EvidenceIT {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
    }

    @Test
    void a_long_hostile_file_name_is_kept_as_a_clean_label_and_downloads_take_a_name_the_server_makes() throws Exception {
        UUID id = draft();
        String name = "..\\\\" + "GP letter about Noor ".repeat(20) + "\u0000\u000B\r\n.pdf";

        var file = applications.addEvidence(id, name, ApplicationFixtures.PDF);

        assertThat(file.fileName()).hasSizeLessThanOrEqualTo(120).startsWith("GP letter about Noor").endsWith(".pdf")
                .doesNotContain("\u0000").doesNotContain("\n").doesNotContain("\\");
        assertThat(applications.evidence(id, file.id()).fileName()).isEqualTo("draft-application-evidence-1.pdf");
        ApplicationFixtures.answerEverything(applications, id);
        String reference = applications.submit(id, true).reference();
        TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(casework.evidence(id, file.id()).fileName()).isEqualTo(reference + "-evidence-1.pdf");
    }

    @Test
    void a_phone_photo_is_kept_without_its_gps_position() throws Exception {
        UUID id = draft();
        byte[] photo = EvidenceChecksTest.withExif(EvidenceChecksTest.jpeg(64, 48), 1, "GPS 52.6698N 0.7300W");

        var file = applications.addEvidence(id, "IMG_2041.jpg", photo);

        byte[] kept = applications.evidence(id, file.id()).content();
        assertThat(file.mediaType()).isEqualTo("image/jpeg");
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("52.6698N");
        assertThat(file.sizeBytes()).isEqualTo(kept.length);
    }

    @Test
    void an_application_takes_at_most_twenty_files_and_fifty_megabytes() {
        UUID id = draft();
        for (int i = 0; i < EvidenceChecks.MAX_FILES; i++) {
            applications.addEvidence(id, "page-" + i + ".pdf", ApplicationFixtures.PDF);
        }
        assertThatThrownBy(() -> applications.addEvidence(id, "one-more.pdf", ApplicationFixtures.PDF))
                .isInstanceOf(EvidenceRejectedException.class).hasMessageContaining("You can send up to 20 files");

        UUID large = draft();
        byte[] tenMegabytes = Arrays.copyOf(ApplicationFixtures.PDF, EvidenceChecks.MAX_BYTES);
        for (int i = 0; i < 5; i++) {
            applications.addEvidence(large, "scan-" + i + ".pdf", tenMegabytes);
        }
        assertThatThrownBy(() -> applications.addEvidence(large, "scan-6.pdf", ApplicationFixtures.PDF))
                .isInstanceOf(EvidenceRejectedException.class).hasMessageContaining("can add up to 50 MB");
        assertThat(applications.application(large).evidence()).hasSize(5);
    }

    @Test
    void adding_and_removing_evidence_is_in_the_audit_trail() {
        UUID id = draft();
        var file = applications.addEvidence(id, "gp-letter.pdf", ApplicationFixtures.PDF);
        applications.removeEvidence(id, file.id());

        assertThat(jdbc.queryForList("select action from audit_record where record_type = 'Evidence' and record_id = ? order by id",
                String.class, file.id().toString())).containsExactly("CREATED", "DELETED");
        assertThat(jdbc.queryForObject("select after_state ->> 'fileName' from audit_record where record_type = 'Evidence' "
                + "and record_id = ? and action = 'CREATED'", String.class, file.id().toString())).isEqualTo("gp-letter.pdf");
    }

    private UUID draft() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        return applications.start(child);
    }
}
