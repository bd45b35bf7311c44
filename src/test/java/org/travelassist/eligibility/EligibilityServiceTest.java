package org.travelassist.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.travelassist.places.GridReference;
import org.travelassist.places.LatLon;
import org.travelassist.schools.AccessPoint;
import org.travelassist.schools.School;

class EligibilityServiceTest {

    static School school(String urn, GridReference grid, List<AccessPoint> gates) {
        return new School(urn, "School " + urn, "Academy converter", "Primary", 4, 11, "Mixed", null, List.of(), null, null,
                grid, new LatLon(52.6, -0.7), true, false, false, false, gates);
    }

    @Test
    void a_school_the_router_cannot_reach_on_foot_gets_the_straight_line_to_its_nearest_gate_instead_of_vanishing() {
        var home = new GridReference(500_000, 300_000);
        var routed = school("R", new GridReference(501_000, 300_000), List.of());
        var island = school("I", new GridReference(500_000, 303_000), List.of(
                new AccessPoint(UUID.randomUUID(), "Far gate", new GridReference(500_000, 302_500), new LatLon(0, 0)),
                new AccessPoint(UUID.randomUUID(), "Near gate", new GridReference(500_000, 302_000), new LatLon(0, 0))));
        var walking = new HashMap<String, Double>();
        walking.put("R", 1_400.0);
        walking.put("I", Double.NaN);

        var straight = EligibilityService.straightLinesWhereNoRoute(List.of(routed, island), walking, home);

        assertThat(straight).containsExactly("I");
        assertThat(walking).containsEntry("R", 1_400.0).containsEntry("I", 2_000.0);
    }
}
