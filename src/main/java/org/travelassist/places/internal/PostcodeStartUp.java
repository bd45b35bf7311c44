package org.travelassist.places.internal;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.travelassist.shared.DataImports;

/** Imports the postcode files named by {@code travelassist.places.postcode-files} (comma-separated) at start-up. */
@Component
class PostcodeStartUp implements ApplicationRunner {

    private final PostcodeImporter importer;
    private final DataImports imports;
    private final ResourceLoader resources;
    private final String[] files;

    PostcodeStartUp(PostcodeImporter importer, DataImports imports, ResourceLoader resources,
            @Value("${travelassist.places.postcode-files:}") String[] files) {
        this.importer = importer;
        this.imports = imports;
        this.resources = resources;
        this.files = files;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String file : files) {
            if (!file.isBlank()) {
                imports.importOnce("Postcodes", resources.getResource(file.strip()),
                        in -> importer.importCsv(file, new InputStreamReader(in, StandardCharsets.UTF_8)));
            }
        }
    }
}
