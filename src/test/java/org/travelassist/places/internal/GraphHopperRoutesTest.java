package org.travelassist.places.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travelassist.places.GridReference;
import org.travelassist.places.LatLon;
import org.travelassist.places.NationalGrid;
import org.travelassist.places.Routes.Destination;

/** Routes on the real Rutland extract, built into a temporary folder. */
class GraphHopperRoutesTest {

    @TempDir static Path graphs;
    static GraphHopperRoutes routes;

    static final GridReference KETTON = new GridReference(498085, 304469);     // PE9 3TE
    static final List<Destination> SCHOOLS = List.of(
            destination("casterton", 500269, 309543), destination("catmose", 485069, 309230),
            destination("uppingham", 486827, 298776), destination("ketton-primary", 498085, 304469 + 150),
            destination("edith-weston", 492319, 305185), destination("exton", 492983, 311008));

    static Destination destination(String id, double easting, double northing) {
        var grid = new GridReference(easting, northing);
        return new Destination(id, grid, NationalGrid.toLatLon(grid));
    }

    @BeforeAll
    static void buildGraph() throws IOException {
        Path extract = graphs.resolve("rutland.osm.pbf");
        try (InputStream in = GraphHopperRoutesTest.class.getResourceAsStream("/data/rutland/rutland-latest.osm.pbf")) {
            Files.copy(in, extract);
        }
        routes = new GraphHopperRoutes(extract, graphs.resolve("graph"));
    }

    @Test
    void contraction_hierarchy_distances_equal_flexible_routing_plus_the_legs_off_the_network() {
        LatLon home = NationalGrid.toLatLon(KETTON);
        Map<String, Double> walking = routes.walking(KETTON, home, SCHOOLS);
        Map<String, Double> driving = routes.driving(KETTON, home, SCHOOLS);
        for (Destination school : SCHOOLS) {
            double flexibleWalk = routes.flexibleDistance(GraphHopperRoutes.WALK, home, school.position());
            double flexibleDrive = routes.flexibleDistance(GraphHopperRoutes.DRIVE, home, school.position());
            // Flexible routing runs between the snapped points; ours adds the straight legs to them (tens of metres).
            assertThat(walking.get(school.id())).as(school.id()).isBetween(flexibleWalk, flexibleWalk + 200);
            assertThat(driving.get(school.id())).as(school.id()).isBetween(flexibleDrive, flexibleDrive + 300);
        }
    }

    @Test
    void no_route_is_shorter_than_a_straight_line_and_driving_is_measured_on_its_own_network() {
        LatLon home = NationalGrid.toLatLon(KETTON);
        Map<String, Double> walking = routes.walking(KETTON, home, SCHOOLS);
        Map<String, Double> driving = routes.driving(KETTON, home, SCHOOLS);
        var differences = new ArrayList<Double>();
        for (Destination school : SCHOOLS) {
            assertThat(walking.get(school.id())).as(school.id()).isGreaterThanOrEqualTo(KETTON.metresTo(school.grid()) - 1);
            assertThat(driving.get(school.id())).as(school.id()).isGreaterThanOrEqualTo(KETTON.metresTo(school.grid()) - 1);
            differences.add(driving.get(school.id()) - walking.get(school.id()));
        }
        // Footpaths and bridleways make some walks shorter than the drive; cars are never allowed on them.
        assertThat(differences).anySatisfy(difference -> assertThat(difference).isGreaterThan(50));
    }

    @Test
    void the_route_geometry_starts_at_home_and_ends_at_the_school() {
        LatLon home = NationalGrid.toLatLon(KETTON);
        Destination casterton = SCHOOLS.getFirst();
        var route = routes.walkingRoute(home, casterton.position()).orElseThrow();
        assertThat(route.points().getFirst().latitude()).isCloseTo(home.latitude(), within(0.002));
        assertThat(route.points().getLast().latitude()).isCloseTo(casterton.position().latitude(), within(0.002));
        assertThat(routes.measured()).isTrue();
    }
}
