package org.travelassist.schools;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.travelassist.shared.DataImports;

/** Imports the GIAS file named by {@code travelassist.schools.gias-file} at start-up, then loads the register. */
@Component
class SchoolRegisterStartUp implements ApplicationRunner {

    private final SchoolRegister register;
    private final DataImports imports;
    private final ResourceLoader resources;
    private final String giasFile;

    SchoolRegisterStartUp(SchoolRegister register, DataImports imports, ResourceLoader resources,
            @Value("${travelassist.schools.gias-file:}") String giasFile) {
        this.register = register;
        this.imports = imports;
        this.resources = resources;
        this.giasFile = giasFile;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!giasFile.isBlank()) {
            imports.importOnce("GIAS", resources.getResource(giasFile), in -> register.importAtStartUp(giasFile, in));
        }
        register.reload();
    }
}
