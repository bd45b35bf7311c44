package org.travelassist.places.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.travelassist.places.Routes;

class RoutingConfigurationTest {

    @TempDir Path graphs;

    @Test
    void a_copy_that_fails_half_way_leaves_no_file_under_the_extracts_name() throws IOException {
        Path extract = graphs.resolve("abc.osm.pbf");
        InputStream failing = new InputStream() { // 1 MB, then the disk is full
            int left = 1 << 20;

            @Override
            public int read() throws IOException {
                if (left-- == 0) {
                    throw new IOException("No space left on device");
                }
                return 7;
            }
        };

        assertThatThrownBy(() -> RoutingConfiguration.copyWhole(failing, extract)).hasMessage("No space left on device");

        assertThat(extract).doesNotExist();
        assertThat(files()).isEmpty();
    }

    @Test
    void a_whole_copy_appears_under_its_name_and_a_crashed_copys_leftover_is_removed() throws IOException {
        Path extract = graphs.resolve("abc.osm.pbf");
        Path leftover = Files.write(graphs.resolve("abc.osm.pbf.part-123"), new byte[] {1, 2}); // a crash mid-copy, long ago
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(RoutingConfiguration.ABANDONED_AFTER).minusSeconds(60)));
        Path anotherNodesCopy = Files.write(graphs.resolve("abc.osm.pbf.part-456"), new byte[] {3, 4}); // in progress now
        byte[] osm = new byte[300_000];
        new java.util.Random(1).nextBytes(osm);

        RoutingConfiguration.copyWhole(new ByteArrayInputStream(osm), extract);

        assertThat(Files.readAllBytes(extract)).isEqualTo(osm);
        assertThat(leftover).doesNotExist();
        assertThat(files()).containsExactlyInAnyOrder(extract, anotherNodesCopy);
    }

    @Test
    void a_missing_extract_gives_straight_lines_labelled_indicative_and_the_portal_still_starts() {
        Routes routes = new RoutingConfiguration().routes(new DefaultResourceLoader(), "file:" + graphs.resolve("gone.osm.pbf"), graphs);

        assertThat(routes).isInstanceOf(StraightLineRoutes.class);
        assertThat(routes.measured()).isFalse();
        assertThat(routes.method()).startsWith("Indicative: not a measured route");
    }

    @Test
    void an_extract_that_is_not_openstreetmap_data_gives_straight_lines_and_leaves_no_half_built_graph() throws IOException {
        Path broken = Files.write(graphs.resolve("broken.osm.pbf"), "not a protocol buffer".getBytes());

        Routes routes = new RoutingConfiguration().routes(new DefaultResourceLoader(), "file:" + broken, graphs.resolve("cache"));

        assertThat(routes.measured()).isFalse();
        try (Stream<Path> listed = Files.list(graphs.resolve("cache"))) {
            assertThat(listed.map(path -> path.getFileName().toString())).allSatisfy(name -> assertThat(name).endsWith(".osm.pbf"));
        }
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> listed = Files.list(graphs)) {
            return listed.toList();
        }
    }
}
