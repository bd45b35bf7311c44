package org.travelassist.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.internal.EvidenceChecksTest;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** Tickets and receipts on a claim, kept in PostgreSQL with the checks evidence gets; officers open them, no one else. */
@IntegrationTest
class ClaimReceiptsIT {

    @Autowired ClaimReceipts receipts;
    @Autowired MileageAllowances allowances;
    @Autowired MileageClaims claims;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired HouseholdAccess access;
    @Autowired BankAccounts bank;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    @BeforeEach
    void decideInDecember() {
        clock.moveTo(ClaimFixtures.DECIDED); // the days claimed here are in December 2026
    }

    @AfterEach
    void tidy() {
        TestUsers.signOut();
        clock.reset();
    }

    private UUID draft(ClaimFixtures.Family family) {
        AllowanceDetails allowance = ClaimFixtures.awaitAllowance(allowances, family.householdId());
        ClaimFixtures.giveBankDetails(bank, family.householdId());
        allowances.accept(allowance.id());
        clock.moveTo(ClaimFixtures.NEW_YEAR);
        return claims.open(allowance.id(), YearMonth.of(2026, 12));
    }

    @Test
    void a_receipt_is_kept_with_the_draft_without_its_photo_metadata_and_an_officer_opens_it_audited() throws Exception {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        UUID claim = draft(family);
        byte[] photo = EvidenceChecksTest.withExif(EvidenceChecksTest.jpeg(64, 48), 1, "GPS 52.6698N 0.7300W");

        var pdf = receipts.add(claim, "C:\\Users\\noor\\parking-ticket.pdf", ApplicationFixtures.PDF);
        var kept = receipts.add(claim, "IMG_2041.jpg", photo);

        assertThat(pdf.fileName()).isEqualTo("parking-ticket.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(kept.mediaType()).isEqualTo("image/jpeg");
        byte[] stored = jdbc.queryForObject("select content from mileage_claim_receipt where id = ?", byte[].class, kept.id());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("52.6698N");
        assertThat(receipts.receipts(claim)).extracting(ClaimReceipts.Receipt::fileName).containsExactly("parking-ticket.pdf", "IMG_2041.jpg");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'MileageClaimReceipt' and action = 'CREATED' "
                + "and household_id = ?", Integer.class, family.householdId())).isEqualTo(2);
        String reference = claims.claim(claim).reference();
        assertThat(receipts.content(claim, pdf.id()).fileName()).isEqualTo(reference + "-receipt-1.pdf");

        claims.send(claim, ClaimFixtures.both(ClaimsIT.DEC_2), null);
        assertThatThrownBy(() -> receipts.add(claim, "late.pdf", ApplicationFixtures.PDF)).isInstanceOf(InvalidClaimException.class)
                .hasMessage("You cannot change the claim now: this claim is sent.");
        assertThatThrownBy(() -> receipts.remove(claim, pdf.id())).isInstanceOf(InvalidClaimException.class);

        TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(receipts.receiptsForOfficer(claim)).hasSize(2);
        var opened = receipts.contentForOfficer(claim, kept.id());
        assertThat(opened.fileName()).isEqualTo(reference + "-receipt-2.jpg");
        assertThat(opened.bytes()).isEqualTo(stored);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'MileageClaimReceipt' and action = 'READ' "
                + "and record_id = ?", Integer.class, kept.id().toString())).isEqualTo(1);
    }

    @Test
    void a_renamed_program_a_forty_megabyte_photo_and_an_eleventh_receipt_are_refused_saying_what_to_do() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        UUID claim = draft(family);
        byte[] program = "MZ\u0090\u0000 not a receipt".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> receipts.add(claim, "receipt.pdf", program)).isInstanceOf(InvalidClaimException.class)
                .hasMessage("receipt.pdf must be a PDF, JPG or PNG")
                .extracting(refused -> ((InvalidClaimException) refused).field()).isEqualTo("receipt-upload");
        byte[] photo = new byte[40 * 1024 * 1024];
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        assertThatThrownBy(() -> receipts.add(claim, "IMG_2041.jpg", photo)).isInstanceOf(InvalidClaimException.class)
                .hasMessage("IMG_2041.jpg is larger than 10 MB. Send a smaller file: a photo at your phone's usual size, or a scan saved as a PDF");
        for (int i = 0; i < ClaimReceipts.MAX_FILES; i++) {
            receipts.add(claim, "ticket-" + i + ".pdf", ApplicationFixtures.PDF);
        }
        assertThatThrownBy(() -> receipts.add(claim, "one-more.pdf", ApplicationFixtures.PDF))
                .hasMessage("You can attach up to 10 receipts to a claim. Remove one to add one-more.pdf, or put several receipts in one PDF");
        assertThat(jdbc.queryForObject("select count(*) from mileage_claim_receipt where claim_id = ?", Integer.class, claim)).isEqualTo(10);
    }

    @Test
    void another_household_school_staff_and_a_receipt_of_another_claim_are_refused() {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        var other = ClaimFixtures.decided(directory, households, access, applications, casework);
        TestUsers.actAs(family.parent());
        UUID claim = draft(family);
        var receipt = receipts.add(claim, "ticket.pdf", ApplicationFixtures.PDF);
        TestUsers.actAs(other.parent());
        UUID otherClaim = draft(other);

        assertThatThrownBy(() -> receipts.content(otherClaim, receipt.id())).as("a receipt through another claim of one's own")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> receipts.remove(otherClaim, receipt.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> receipts.content(claim, receipt.id())).as("another household").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> receipts.receipts(claim)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> receipts.add(claim, "mine.pdf", ApplicationFixtures.PDF)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> receipts.contentForOfficer(claim, receipt.id())).as("a parent is no officer")
                .isInstanceOf(AccessDeniedException.class);

        AppUser school = TestUsers.newStaff(directory, "SchoolStaff");
        TestUsers.actAs(school);
        assertThatThrownBy(() -> receipts.contentForOfficer(claim, receipt.id())).as("school staff").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> receipts.receiptsForOfficer(claim)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> receipts.content(claim, receipt.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> receipts.receipts(claim)).isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(family.parent());
        assertThat(receipts.receipts(claim)).hasSize(1);
    }
}
