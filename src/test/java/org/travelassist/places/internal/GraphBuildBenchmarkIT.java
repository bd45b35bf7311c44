package org.travelassist.places.internal;

import static org.travelassist.benchmark.BenchmarkReport.usedHeapAfterGc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travelassist.benchmark.BenchmarkReport;

/** (d) building the routing graph from the Rutland extract: time, heap kept, folder size; and reloading it. */
@Tag("benchmark")
class GraphBuildBenchmarkIT {

    @TempDir Path folder;

    @Test
    void the_rutland_graph_builds_in_seconds_and_keeps_little_heap() throws IOException {
        Path extract = folder.resolve("rutland.osm.pbf");
        try (InputStream in = getClass().getResourceAsStream("/data/rutland/rutland-latest.osm.pbf")) {
            Files.copy(in, extract);
        }
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        var routes = new GraphHopperRoutes(extract, folder.resolve("graph"));
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long heapKept = usedHeapAfterGc() - heapBefore;
        long folderBytes;
        try (var files = Files.walk(folder.resolve("graph"))) {
            folderBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        start = System.nanoTime();
        new GraphHopperRoutes(extract, folder.resolve("graph"));
        double reloadSeconds = (System.nanoTime() - start) / 1e9;
        BenchmarkReport.section("(d) Routing graph for the Rutland extract",
                String.format("| build (walk and drive models) | heap kept after build | graph folder | reload of the cached graph |\n|---|---|---|---|\n"
                        + "| %.2f s | %.1f MiB | %.1f MiB | %.2f s |\n\n"
                        + "Extract: rutland-latest.osm.pbf (1.6 MB, 2022-07-20). Measured in a JVM that has already run other code; "
                        + "a first build in a fresh JVM also pays for class loading and JIT.",
                        buildSeconds, heapKept / 1024.0 / 1024, folderBytes / 1024.0 / 1024, reloadSeconds));
        if (!routes.measured()) {
            throw new AssertionError("GraphHopper routes must be measured");
        }
    }
}
