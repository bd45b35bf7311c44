package org.travelassist.places.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * builds a new graph and an unchanged one loads in under a second.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    /** Raise when the routing models change, so that cached graphs are rebuilt. */
    static final String MODELS_VERSION = "m2-ch";

    private static final Logger log = LoggerFactory.getLogger(RoutingConfiguration.class);

    @Bean
    Routes routes(ResourceLoader resources,
            @Value("${travelassist.routing.osm-file:}") String osmFile,
            @Value("${travelassist.routing.graph-directory:${java.io.tmpdir}/travel-assist-graph}") Path graphs) throws IOException {
        if (osmFile.isBlank()) {
            log.warn("No OpenStreetMap extract configured (travelassist.routing.osm-file): distances are straight lines, labelled indicative");
            return new StraightLineRoutes();
        }
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
        return new GraphHopperRoutes(extract, graphs.resolve(hash.substring(0, 16) + "-" + MODELS_VERSION));
    }

    /**
     * Copies under a temporary name in the same folder and renames when the copy is complete, so the target name
     * exists only for a whole file: a crash or a full disk mid-copy leaves a temporary file, never a half extract
     * that the next start would take for the real one. Temporary files left by an earlier crash are removed.
     */
    static void copyWhole(InputStream in, Path target) throws IOException {
        String prefix = target.getFileName() + ".part-";
        try (var leftovers = Files.newDirectoryStream(target.getParent(), prefix + "*")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
        Path part = Files.createTempFile(target.getParent(), prefix, "");
        try {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

}
