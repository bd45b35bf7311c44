package org.travelassist.places.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travelassist.places.NationalGrid;

/**
 * Two nodes sharing one graph folder start at the same moment with no graph built: each builds in a folder of its
 * own, one rename wins, and both answer with the same measured distances from the one graph left in place.
 * Two builds cost about 10 s of CPU, so this runs with the two-node checks ({@code -Pnodes}), not in every build.
 */
@Tag("nodes")
class SharedGraphBuildIT {

    @TempDir Path graphs;

    @Test
    void two_nodes_building_the_same_graph_at_once_both_get_the_whole_graph() throws Exception {
        Path extract = graphs.resolve("rutland.osm.pbf");
        try (InputStream in = SharedGraphBuildIT.class.getResourceAsStream("/data/rutland/rutland-latest.osm.pbf")) {
            Files.copy(in, extract);
        }
        Path graph = graphs.resolve("graph");
        var barrier = new CyclicBarrier(2);
        Callable<GraphHopperRoutes> node = () -> {
            barrier.await();
            return RoutingConfiguration.graph(extract, graph);
        };
        List<GraphHopperRoutes> nodes;
        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = threads.submit(node);
            var second = threads.submit(node);
            nodes = List.of(first.get(), second.get());
        }

        var home = NationalGrid.toLatLon(GraphHopperRoutesTest.KETTON);
        var one = nodes.get(0).walking(GraphHopperRoutesTest.KETTON, home, GraphHopperRoutesTest.SCHOOLS);
        var other = nodes.get(1).walking(GraphHopperRoutesTest.KETTON, home, GraphHopperRoutesTest.SCHOOLS);
        assertThat(one).isEqualTo(other).allSatisfy((school, metres) -> assertThat(metres).isFinite().isPositive());
        try (Stream<Path> left = Files.list(graphs)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("rutland.osm.pbf", "graph");
        }
        nodes.forEach(GraphHopperRoutes::close);
    }
}
