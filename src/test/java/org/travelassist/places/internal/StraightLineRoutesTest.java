package org.travelassist.places.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.travelassist.places.GridReference;
import org.travelassist.places.LatLon;
import org.travelassist.places.Routes.Destination;

class StraightLineRoutesTest {

    final StraightLineRoutes routes = new StraightLineRoutes();

    @Test
    void without_a_network_distances_are_straight_lines_and_say_they_are_indicative() {
        var home = new GridReference(485000, 308000);
        var school = new Destination("s", new GridReference(488000, 312000), new LatLon(0, 0));

        assertThat(routes.walking(home, new LatLon(0, 0), List.of(school))).containsEntry("s", 5000.0);
        assertThat(routes.driving(home, new LatLon(0, 0), List.of(school))).containsEntry("s", 5000.0);
        assertThat(routes.measured()).isFalse();
        assertThat(routes.method()).startsWith("Indicative: not a measured route.");
        assertThat(routes.walkingRoute(new LatLon(0, 0), new LatLon(1, 1))).isEmpty();
    }
}
