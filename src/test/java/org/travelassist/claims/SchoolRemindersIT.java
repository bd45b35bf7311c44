package org.travelassist.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestMailServer;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.claims.internal.SchoolReminders;
import org.travelassist.schools.SchoolStaff;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.SignedIn;
import org.travelassist.security.TestUsers;

/**
 * A school's office is emailed before its confirmation deadline with the number of claims waiting, and nothing about
 * the pupils; once per school and deadline. The address is the one the staff identity provider gave at sign-in.
 */
@IntegrationTest
class SchoolRemindersIT {

    static final String CATMOSE = "990001";

    @Autowired SchoolReminders reminders;
    @Autowired MileageAllowances allowances;
    @Autowired MileageClaims claims;
    @Autowired SchoolStaff staff;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired HouseholdAccess access;
    @Autowired BankAccounts bank;
    @Autowired AppUserDirectory directory;
    @Autowired ApplicationEventPublisher events;
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

    @Test
    void the_office_hears_two_working_days_before_the_deadline_how_many_claims_wait_and_only_once() throws Exception {
        var family = ClaimFixtures.decided(directory, households, access, applications, casework);
        AllowanceDetails allowance = ClaimFixtures.awaitAllowance(allowances, family.householdId());
        ClaimFixtures.giveBankDetails(bank, family.householdId());
        allowances.accept(allowance.id());
        String office = "office-" + UUID.randomUUID() + "@catmose.example.sch.uk";
        AppUser school = TestUsers.newStaff(directory, "SchoolStaff");
        events.publishEvent(new SignedIn(school.id(), school.displayName(), school.mainRole(), "staff", office));
        events.publishEvent(new SignedIn(school.id(), school.displayName(), school.mainRole(), "staff", null));
        TestUsers.newStaff(directory, "TransportOfficer");
        staff.link(school.id(), CATMOSE);

        TestUsers.actAs(family.parent());
        clock.moveTo(Instant.parse("2027-01-05T10:00:00Z"));
        UUID claim = claims.open(allowance.id(), YearMonth.of(2026, 12));
        var sent = claims.send(claim, ClaimFixtures.both(ClaimsIT.DEC_2, ClaimsIT.DEC_3), null);
        assertThat(sent.schoolConfirmBy()).isEqualTo(LocalDate.of(2027, 1, 12));
        TestUsers.signOut();

        reminders.remind(LocalDate.of(2027, 1, 7));
        assertThat(reminded()).as("three working days before: not yet").isZero();
        reminders.remind(LocalDate.of(2027, 1, 8));
        assertThat(reminded()).isOne();
        // Await this deadline's email itself: the office may also hear on the 7th of other Catmose claims, due the 11th.
        String mail = TestMailServer.awaitMailTo(office, "Please confirm attendance on 1 mileage claim by 12 January 2027");
        assertThat(mail).contains("Please confirm attendance on 1 mileage claim by 12 January 2027")
                .contains("Catmose College has 1 mileage claim waiting").contains("school/claims")
                .doesNotContain("Noor Hussain").doesNotContain(sent.reference()).doesNotContain("£");

        reminders.remind(LocalDate.of(2027, 1, 11));
        reminders.remind(LocalDate.of(2027, 1, 12));
        assertThat(reminded()).as("once per school and deadline").isOne();
        assertThat(remindersFor12January(office)).as("one email").isOne();
    }

    private static long remindersFor12January(String to) throws jakarta.mail.MessagingException {
        long count = 0;
        for (var message : TestMailServer.greenMail().getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equalsIgnoreCase(to) && message.getSubject().endsWith("by 12 January 2027")) {
                count++;
            }
        }
        return count;
    }

    private int reminded() {
        return jdbc.queryForObject("select count(*) from mileage_school_reminder where school_urn = ? and confirm_by = ?", Integer.class,
                CATMOSE, LocalDate.of(2027, 1, 12));
    }
}
