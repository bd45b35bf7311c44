package org.travelassist.places.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.travelassist.places.Routes;
import org.travelassist.shared.DataImports;

/**
 * Routes on the configured OpenStreetMap extract, or straight lines without one. The graph is built once and kept
 * in a folder named after the extract's SHA-256 and the routing models' version, so a new extract (or new models)
 * builds a new graph and an unchanged one loads in under a second. Without a usable extract or graph the portal
 * still starts, with straight lines labelled indicative, and logs why at ERROR.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    /** Raise when the routing models change, so that cached graphs are rebuilt. */
    static final String MODELS_VERSION = "m2-ch";

    private static final Logger log = LoggerFactory.getLogger(RoutingConfiguration.class);

    @Bean
    Routes routes(ResourceLoader resources,
            @Value("${travelassist.routing.osm-file:}") String osmFile,
            @Value("${travelassist.routing.graph-directory:${java.io.tmpdir}/travel-assist-graph}") Path graphs) {
        if (osmFile.isBlank()) {
            log.warn("No OpenStreetMap extract configured (travelassist.routing.osm-file): distances are straight lines, labelled indicative");
            return new StraightLineRoutes();
        }
        try {
            return graphRoutes(resources, osmFile, graphs);
        } catch (IOException | RuntimeException e) {
            // The portal still answers: every check says its distances are straight lines, and decisions store that.
            log.error("The routing graph cannot be built or loaded from {} in {}: distances are straight lines, labelled "
                    + "indicative, until it can (fix the extract or the folder and restart)", osmFile, graphs, e);
            return new StraightLineRoutes();
        }
    }

    private static Routes graphRoutes(ResourceLoader resources, String osmFile, Path graphs) throws IOException {
        Files.createDirectories(graphs);
        var resource = resources.getResource(osmFile);
        String hash;
        try (InputStream in = resource.getInputStream()) {
            hash = DataImports.sha256(in);
        }
        Path extract = graphs.resolve(hash + ".osm.pbf");
        if (!Files.exists(extract)) {
            try (InputStream in = resource.getInputStream()) {
                copyWhole(in, extract);
            }
        }
        return graph(extract, graphs.resolve(hash.substring(0, 16) + "-" + MODELS_VERSION));
    }

    /**
     * The graph in its folder, built first if it is not there. Several nodes may share the folder and start at once,
     * so a graph is built in a folder of its own and renamed into place only when complete: a node finds either no
     * graph or a whole one, never another node's half-built files. When two build at once, the first rename wins and
     * the other node loads the winner's graph (the same extract and models give the same graph). A graph that
     * cannot be loaded (a disk fault, files from an older GraphHopper) is set aside and built again.
     */
    static GraphHopperRoutes graph(Path extract, Path graph) throws IOException {
        if (Files.isDirectory(graph)) {
            try {
                return new GraphHopperRoutes(extract, graph);
            } catch (RuntimeException e) {
                Path aside = graph.resolveSibling(graph.getFileName() + ".broken-" + System.currentTimeMillis());
                log.error("The routing graph in {} cannot be loaded; moved to {} and building it again", graph, aside, e);
                Files.move(graph, aside);
            }
        }
        removeAbandoned(graph.getParent(), graph.getFileName() + ".building-");
        Path building = Files.createTempDirectory(graph.getParent(), graph.getFileName() + ".building-");
        try {
            new GraphHopperRoutes(extract, building).close();
            try {
                Files.move(building, graph, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException lost) {
                if (!Files.isDirectory(graph)) {
                    throw lost;
                }
                log.info("Another node built the routing graph in {} first: loading that one", graph);
            }
        } finally {
            deleteTree(building);
        }
        return new GraphHopperRoutes(extract, graph);
    }

    /** A build or copy another node is still doing is younger than this; older ones were left by a crash. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private static void removeAbandoned(Path folder, String prefix) throws IOException {
        Instant before = Instant.now().minus(ABANDONED_AFTER);
        try (var leftovers = Files.newDirectoryStream(folder, prefix + "*")) {
            for (Path leftover : leftovers) {
                if (Files.getLastModifiedTime(leftover).toInstant().isBefore(before)) {
                    deleteTree(leftover);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * Copies under a temporary name in the same folder and renames when the copy is complete, so the target name
     * exists only for a whole file: a crash or a full disk mid-copy leaves a temporary file, never a half extract
     * that the next start would take for the real one. Temporary files left by an earlier crash are removed once
     * they are {@link #ABANDONED_AFTER} old; a younger one may be another node's copy in progress.
     */
    static void copyWhole(InputStream in, Path target) throws IOException {
        String prefix = target.getFileName() + ".part-";
        removeAbandoned(target.getParent(), prefix);
        Path part = Files.createTempFile(target.getParent(), prefix, "");
        try {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            } // two nodes copying the same extract at once: the last rename replaces a file with the same bytes
        } finally {
            Files.deleteIfExists(part);
        }
    }

}
