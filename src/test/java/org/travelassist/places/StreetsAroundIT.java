package org.travelassist.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.IntegrationTest;
import org.travelassist.shared.Postcode;
import org.travelassist.shared.ui.RouteMap;

/** The streets drawn under a route when there are no map tiles, from the routing graph itself. */
@IntegrationTest
class StreetsAroundIT {

    @Autowired Routes routes;
    @Autowired PostcodeRegister postcodes;

    @Test
    void the_streets_around_a_rutland_route_come_from_the_graph_small_enough_to_keep_in_a_session() {
        LatLon ketton = postcodes.find(new Postcode("PE9 3TE")).orElseThrow().position();
        LatLon casterton = NationalGrid.toLatLon(new GridReference(500269, 309543)); // Casterton College Rutland
        var route = routes.walkingRoute(ketton, casterton).orElseThrow();

        List<List<LatLon>> streets = routes.streetsAround(route.points(), 250);

        assertThat(streets).hasSizeGreaterThan(100).allSatisfy(street -> assertThat(street).hasSizeGreaterThanOrEqualTo(2));
        double minLat = route.points().stream().mapToDouble(LatLon::latitude).min().orElseThrow() - 0.01;
        double maxLat = route.points().stream().mapToDouble(LatLon::latitude).max().orElseThrow() + 0.01;
        assertThat(streets).allSatisfy(street -> assertThat(street)
                .anySatisfy(point -> assertThat(point.latitude()).isBetween(minLat, maxLat)));
        // Ketton's own streets are there: some line passes within 100 m of the postcode.
        assertThat(streets.stream().flatMap(List::stream)).anySatisfy(point -> assertThat(metres(point, ketton)).isLessThan(100));

        int points = streets.stream().mapToInt(List::size).sum();
        int characters = streets.stream()
                .mapToInt(street -> RouteMap.encode(street.stream().map(p -> new RouteMap.Point(p.latitude(), p.longitude())).toList()).length() + 3)
                .sum();
        System.out.printf("Streets around PE9 3TE to Casterton College: %d lines, %d points, %,d characters encoded%n",
                streets.size(), points, characters);
        assertThat(characters).isLessThan(64 * 1024);
    }

    private static double metres(LatLon a, LatLon b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude()) * Math.cos(Math.toRadians(a.latitude()));
        return 6_371_000 * Math.hypot(dLat, dLon);
    }
}
