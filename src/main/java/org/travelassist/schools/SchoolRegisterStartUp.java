package org.travelassist.schools;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.travelassist.shared.DataImports;
import org.travelassist.shared.ImportReport;

/** Imports the GIAS file named by {@code travelassist.schools.gias-file} at start-up, then loads the register. */
@Component
class SchoolRegisterStartUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SchoolRegisterStartUp.class);

    private final SchoolImports imports;
    private final SchoolRegister register;
    private final DataImports dataImports;
    private final ResourceLoader resources;
    private final String giasFile;

    SchoolRegisterStartUp(SchoolImports imports, SchoolRegister register, DataImports dataImports, ResourceLoader resources,
            @Value("${travelassist.schools.gias-file:}") String giasFile) {
        this.imports = imports;
        this.register = register;
        this.dataImports = dataImports;
        this.resources = resources;
        this.giasFile = giasFile;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!giasFile.isBlank()) {
            dataImports.importOnce("GIAS", resources.getResource(giasFile), in -> {
                SchoolImport done = imports.applyAtStartUp(giasFile, in);
                if (done.status() != SchoolImport.Status.APPLIED) {
                    log.error("The GIAS file {} was not applied: {}", giasFile, String.join(" ", done.blockers()));
                }
                return new ImportReport(giasFile, done.status() == SchoolImport.Status.APPLIED ? done.added() + done.changed() : 0,
                        done.refused(), done.refusedRows().stream().map(row -> new ImportReport.Problem(row.line(), row.reason())).toList());
            });
        }
        register.reload();
    }
}
