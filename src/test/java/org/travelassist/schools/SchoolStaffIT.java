package org.travelassist.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.TestEvents;
import org.travelassist.audit.AuditEntry;
import org.travelassist.audit.AuditTrail;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.SignedIn;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.AccessRefused;

/** Officers link school staff to schools; a school user reaches only the schools they are linked to. */
@IntegrationTest
class SchoolStaffIT {

    static final String CASTERTON = TermCalendarsIT.CASTERTON;
    static final String CATMOSE = TermCalendarsIT.CATMOSE;

    @Autowired SchoolStaff staff;
    @Autowired AppUserDirectory directory;
    @Autowired ApplicationEventPublisher events;
    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestEvents.Recorder published;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** A school office user who has signed in through the staff provider, as the sign-in would record them. */
    AppUser schoolUser() {
        AppUser user = TestUsers.newStaff(directory, "SchoolStaff");
        events.publishEvent(new SignedIn(user.id(), user.displayName(), user.mainRole(), "staff", null));
        return user;
    }

    @Test
    void the_demo_school_office_user_is_linked_to_casterton_college() {
        TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(staff.members()).filteredOn(member -> member.name().equals("Sarah Quinn")).singleElement()
                .satisfies(sarah -> assertThat(sarah.schools()).containsExactly(CASTERTON));
        String subject = jdbc.queryForObject("select subject from user_account where id = (select user_id from school_staff_link where school_urn = ? "
                + "and linked_by_name = 'Demo data')", String.class, CASTERTON);
        assertThat(subject).isEqualTo("school-sarah");
    }

    @Test
    void an_officer_links_a_school_user_who_then_reaches_only_that_school_until_unlinked() {
        AppUser school = schoolUser();
        assertThat(staff.mySchools()).isEmpty();
        assertThatThrownBy(() -> staff.requireStaffOf(CASTERTON)).isInstanceOf(AccessDeniedException.class);

        AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(staff.members()).anySatisfy(member -> assertThat(member.userId()).isEqualTo(school.id()));
        staff.link(school.id(), CASTERTON);
        staff.link(school.id(), CASTERTON); // again: no second link
        staff.link(school.id(), CATMOSE);
        assertThat(staff.schoolsOf(school.id())).containsExactlyInAnyOrder(CASTERTON, CATMOSE);

        TestUsers.actAs(school);
        staff.requireStaffOf(CASTERTON);
        assertThat(staff.schoolsOf(school.id())).containsExactlyInAnyOrder(CASTERTON, CATMOSE);

        TestUsers.actAs(officer);
        staff.unlink(school.id(), CATMOSE);
        TestUsers.actAs(school);
        assertThat(staff.mySchools()).containsExactly(CASTERTON);
        assertThatThrownBy(() -> staff.requireStaffOf(CATMOSE)).isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs(officer);
        String linkId = jdbc.queryForObject("select id::text from school_staff_link where user_id = ? and school_urn = ?", String.class,
                school.id(), CASTERTON);
        assertThat(audit.forRecord("SchoolStaffLink", linkId)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CREATED");
            assertThat(entry.actorId()).isEqualTo(officer.id());
            assertThat(entry.after()).containsEntry("schoolUrn", CASTERTON).containsEntry("school", "Casterton College Rutland")
                    .containsEntry("staffName", "Test staff");
        });
    }

    @Test
    void a_refusal_is_audited_with_the_school_asked_for() {
        AppUser school = schoolUser();
        assertThatThrownBy(() -> staff.requireStaffOf(CATMOSE)).isInstanceOf(AccessDeniedException.class);
        assertThat(published.of(AccessRefused.class)).contains(new AccessRefused("School", CATMOSE, "school staff not linked to this school"));
        TestUsers.newStaff(directory, "TransportOfficer");
        List<AuditEntry> refusals = audit.forRecord("School", CATMOSE).stream().filter(entry -> school.id().equals(entry.actorId())).toList();
        assertThat(refusals).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("REFUSED");
            assertThat(entry.actorRole()).isEqualTo(AppRoles.SCHOOL_STAFF);
        });
    }

    @Test
    void only_officers_link_and_nobody_else_reads_another_persons_schools() {
        AppUser school = schoolUser();
        AppUser other = schoolUser();
        assertThatThrownBy(() -> staff.schoolsOf(school.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.link(other.id(), CASTERTON)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.members()).isInstanceOf(AccessDeniedException.class);
        TestUsers.newParent(directory);
        assertThatThrownBy(() -> staff.link(school.id(), CASTERTON)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.requireStaffOf(CASTERTON)).isInstanceOf(AccessDeniedException.class);
        assertThat(staff.mySchools()).isEmpty();

        TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(staff.schoolsOf(school.id())).isEmpty();
        assertThatThrownBy(() -> staff.link(school.id(), "000000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No open school with URN 000000");
        assertThatThrownBy(() -> staff.unlink(school.id(), CASTERTON)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Test staff is not linked to the school with URN " + CASTERTON);
        // an officer who is not school staff is not let in by requireStaffOf either: school pages are for school staff
        assertThatThrownBy(() -> staff.requireStaffOf(CASTERTON)).isInstanceOf(AccessDeniedException.class);
    }
}
