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
import org.travelassist.places.Routes.Journey;

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
    void one_tree_from_home_gives_the_same_distances_as_single_routes_plus_the_legs_off_the_network() {
        LatLon home = NationalGrid.toLatLon(KETTON);
        Map<String, Journey> journeys = routes.fromHome(KETTON, home, SCHOOLS);
        for (Destination school : SCHOOLS) {
            var single = routes.walkingRoute(home, school.position()).orElseThrow();
            // The single route runs between the snapped points; the tree adds the straight legs to them (tens of metres).
            assertThat(journeys.get(school.id()).walkingMetres()).as(school.id())
                    .isBetween(single.metres(), single.metres() + 200);
        }
    }

    @Test
    void walking_is_never_longer_than_a_straight_line_allows_and_driving_is_measured_on_its_own_network() {
        LatLon home = NationalGrid.toLatLon(KETTON);
        Map<String, Journey> journeys = routes.fromHome(KETTON, home, SCHOOLS);
        var differences = new ArrayList<Double>();
        for (Destination school : SCHOOLS) {
            Journey journey = journeys.get(school.id());
            assertThat(journey.walkingMetres()).as(school.id()).isGreaterThanOrEqualTo(KETTON.metresTo(school.grid()) - 1);
            assertThat(journey.drivingMetres()).as(school.id()).isGreaterThanOrEqualTo(KETTON.metresTo(school.grid()) - 1);
            differences.add(journey.drivingMetres() - journey.walkingMetres());
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
