package org.travelassist.applications;

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
import org.travelassist.accounts.HouseholdService;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/**
 * The store refusing an evidence file, as PostgreSQL does when its disk is full (SQLSTATE 53100): the family is told
 * plainly to try again later, the file is not half kept, the answers and earlier files are all there, and the same
 * file is kept once the store takes it again. The refusal is a trigger on this one application's rows, so nothing
 * else running is touched.
 */
@IntegrationTest
class EvidenceStoreRefusedIT {

    @Autowired ApplicationService applications;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired @FlywayDataSource DataSource owner;

    @AfterEach
    void tidy() {
        new JdbcTemplate(owner).execute("drop trigger if exists evidence_disk_full on evidence");
        TestUsers.signOut();
    }

    @Test
    void a_full_store_refuses_the_file_with_a_clear_message_and_loses_nothing() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.addEvidence(id, "gp-letter.pdf", ApplicationFixtures.PDF);
        var asOwner = new JdbcTemplate(owner);
        asOwner.execute("""
                create or replace function evidence_disk_full() returns trigger language plpgsql as $$
                begin
                    raise exception using errcode = '53100', message = 'could not extend file "base/16384/16385": No space left on device';
                end $$""");
        asOwner.execute("create trigger evidence_disk_full before insert on evidence for each row when (new.application_id = '"
                + id + "') execute function evidence_disk_full()");

        assertThatThrownBy(() -> applications.addEvidence(id, "paediatrician.pdf", ApplicationFixtures.PDF))
                .isInstanceOf(EvidenceRejectedException.class)
                .hasMessage("We could not keep your file just now. It has not been added, and nothing else you have entered is lost. "
                        + "Try again in a few minutes.");
        assertThat(applications.application(id).evidence()).extracting(ApplicationDetails.EvidenceFile::fileName).containsExactly("gp-letter.pdf");
        assertThat(applications.application(id).answers()).containsEntry(ApplicationQuestions.SCHOOL, "990001");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'Evidence' and household_id = "
                + "(select household_id from application where id = ?)", Integer.class, id)).as("nothing audited for the refused file").isEqualTo(1);

        asOwner.execute("drop trigger evidence_disk_full on evidence");
        applications.addEvidence(id, "paediatrician.pdf", ApplicationFixtures.PDF);

        assertThat(applications.application(id).evidence()).extracting(ApplicationDetails.EvidenceFile::fileName)
                .containsExactly("gp-letter.pdf", "paediatrician.pdf");
    }
}
