package org.travelassist.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.IntegrationTest;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.eligibility.EligibilityResult.Outcome;
import org.travelassist.places.GridReference;
import org.travelassist.places.LatLon;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.Postcode;

/** The whole check on the Rutland demo data: Code-Point postcodes, the GIAS register, routes on OpenStreetMap. */
@IntegrationTest
class RutlandEligibilityIT {

    static final LocalDate TWELVE_YEAR_OLD = LocalDate.of(2014, 5, 1);

    @Autowired EligibilityService eligibility;
    @Autowired SchoolRegister schools;
    @Autowired AppUserDirectory directory;

    EligibilityCheck check(String postcode, LocalDate born, String school) {
        return eligibility.check(new CheckRequest(Postcode.parse(postcode).orElseThrow(), born, school, false, false, null));
    }

    @Test
    void a_ketton_secondary_pupil_gets_free_travel_to_casterton_college_beyond_walking_distance() {
        EligibilityCheck check = check("pe93te", TWELVE_YEAR_OLD, null);
        EligibilityResult result = check.result();

        assertThat(result.school().name()).isEqualTo("Casterton College Rutland");
        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.met(Category.C)).isTrue();
        // 5.5 km in a straight line: a real walking route is longer, but not absurdly so.
        assertThat(result.school().walking().metres()).isBetween(5_496.0, 5_496.0 * 1.5);
        assertThat(result.indicative()).isFalse();
        assertThat(result.policyVersion()).isEqualTo("RUTLAND-2026-1");
        assertThat(result.schoolsConsidered()).filteredOn(s -> s.rank() > 0).extracting(s -> s.name())
                .startsWith("Casterton College Rutland");
        assertThat(check.walkingRoute()).isNotNull();
        assertThat(check.walkingRoute().points()).hasSizeGreaterThan(10);
        assertThat(near(check.walkingRoute().points().getFirst(), check.home().position())).isTrue();
    }

    @Test
    void a_langham_secondary_pupil_is_within_walking_distance_of_catmose_college() {
        EligibilityResult result = check("LE15 7HY", TWELVE_YEAR_OLD, null).result();

        assertThat(result.school().name()).isEqualTo("Catmose College");
        assertThat(result.school().walking().metres()).isBetween(1_983.0, Distance.THREE_MILES.metres());
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(result.categories()).filteredOn(c -> c.category() == Category.C).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("not more than 3 miles"));
    }

    @Test
    void primary_pupils_are_matched_to_primary_schools() {
        EligibilityResult result = check("LE15 7HY", LocalDate.of(2019, 5, 1), null).result();
        assertThat(result.school().name()).isEqualTo("Langham CE Primary School");
        assertThat(result.schoolsConsidered()).filteredOn(s -> s.name().equals("Catmose College")).singleElement()
                .satisfies(s -> assertThat(s.suitable()).isFalse());
    }

    @Test
    void an_independent_school_chosen_without_an_ehc_plan_is_not_covered() {
        EligibilityResult result = check("LE15 7HY", TWELVE_YEAR_OLD, "120322").result();
        assertThat(result.school().name()).isEqualTo("Oakham School");
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(result.school().reason()).contains("independent school");
    }

    @Test
    void walking_distances_run_to_the_nearest_gate_an_officer_recorded() {
        double toSchoolPoint = check("PE9 3TE", TWELVE_YEAR_OLD, null).result().school().walking().metres();
        TestUsers.newStaff(directory, "TransportOfficer");
        // A gate on the far (north) side of Casterton College: walking from Ketton, to the south, gets longer.
        var gate = schools.addAccessPoint("137340", "North gate", new GridReference(500269, 309943));
        try {
            EligibilityCheck viaGate = check("PE9 3TE", TWELVE_YEAR_OLD, null);
            assertThat(viaGate.result().school().walking().metres()).isGreaterThan(toSchoolPoint + 100);
            assertThat(near(viaGate.walkingRoute().points().getLast(), gate.position())).isTrue();
        } finally {
            schools.removeAccessPoint("137340", gate.id());
            TestUsers.signOut();
        }
        assertThat(check("PE9 3TE", TWELVE_YEAR_OLD, null).result().school().walking().metres()).isEqualTo(toSchoolPoint);
    }

    @Test
    void gates_are_for_officers_to_record() {
        TestUsers.newParent(directory);
        try {
            assertThatThrownBy(() -> schools.addAccessPoint("137340", "Gate", new GridReference(500269, 309943)))
                    .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        } finally {
            TestUsers.signOut();
        }
    }

    @Test
    void a_postcode_that_is_not_in_the_register_is_refused_clearly() {
        assertThatThrownBy(() -> check("LE15 1AA", TWELVE_YEAR_OLD, null))
                .isInstanceOf(UnknownPostcodeException.class)
                .hasMessage("We do not know the postcode LE15 1AA");
    }

    @Test
    void the_religious_characters_on_offer_come_from_the_register() {
        assertThat(eligibility.religiousCharacters()).contains("Church of England", "Roman Catholic");
    }

    static boolean near(LatLon a, LatLon b) {
        return Math.abs(a.latitude() - b.latitude()) < 0.005 && Math.abs(a.longitude() - b.longitude()) < 0.005;
    }
}
