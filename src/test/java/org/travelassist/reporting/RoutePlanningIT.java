package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** The route planners' CSV parsed back: only children offered a shared vehicle, with their pick-up and needs, and audited. */
@IntegrationTest
class RoutePlanningIT {

    @Autowired RoutePlanning routePlanning;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private String decided(Offer offer) {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.saveAnswer(id, org.travelassist.applications.ApplicationQuestions.EQUIPMENT, "=Wheelchair, needs a ramp");
        String reference = String.valueOf(applications.submit(id, true).reference());
        TestUsers.newStaff(directory, "TransportOfficer");
        casework.assignToMe(id);
        casework.assess(id, true, "Cannot walk 400 m (paediatrician's letter)", false, "Pavements all the way");
        casework.decide(id, Decision.eligible(Category.A, Set.of(offer), "Cannot walk"));
        return reference;
    }

    @Test
    void only_children_offered_a_shared_vehicle_are_handed_off_with_their_pick_up_school_and_needs() throws Exception {
        String seat = decided(Offer.SHARED_VEHICLE);
        String mileage = decided(Offer.MILEAGE_ALLOWANCE);

        var csv = routePlanning.sharedVehicleSeats();
        var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.text())).getRecords();
        assertThat(rows).extracting(row -> row.get("Reference")).contains(seat).doesNotContain(mileage);
        var row = rows.stream().filter(r -> r.get("Reference").equals(seat)).findFirst().orElseThrow();
        assertThat(row.get("Child")).isEqualTo("Noor Hussain");
        assertThat(row.get("Pick-up postcode")).isEqualTo("LE15 7HY");
        assertThat(row.get("School URN")).isEqualTo("990001");
        assertThat(row.get("Special educational needs")).isEqualTo("Yes");
        assertThat(row.get("Equipment when travelling")).as("a formula is never run by a spreadsheet").isEqualTo("'=Wheelchair, needs a ramp");
        assertThat(row.get("Entitled from")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(csv.children()).isEqualTo(rows.size());
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = ? and action = 'READ' and after_state ->> 'read' like ?",
                Integer.class, RoutePlanning.HAND_OFF, "%" + csv.children() + " children")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void only_officers_may_download_it() {
        for (Runnable signIn : new Runnable[] {() -> TestUsers.newParent(directory), () -> TestUsers.newStaff(directory, "TransportManager"),
                () -> TestUsers.newStaff(directory, "FinanceOfficer"), () -> TestUsers.newStaff(directory, "SchoolStaff")}) {
            signIn.run();
            assertThatThrownBy(routePlanning::sharedVehicleSeats).isInstanceOf(AccessDeniedException.class);
        }
    }
}
