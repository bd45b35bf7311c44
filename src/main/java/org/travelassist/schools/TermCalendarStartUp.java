package org.travelassist.schools;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.travelassist.shared.DataImports;

/**
 * Loads the council's standard term calendars named by {@code travelassist.schools.council-term-calendars}
 * (comma-separated CSV files, one school year each) at start-up, each file once.
 */
@Component
class TermCalendarStartUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TermCalendarStartUp.class);

    private final TermCalendars calendars;
    private final DataImports dataImports;
    private final ResourceLoader resources;
    private final String files;

    TermCalendarStartUp(TermCalendars calendars, DataImports dataImports, ResourceLoader resources,
            @Value("${travelassist.schools.council-term-calendars:}") String files) {
        this.calendars = calendars;
        this.dataImports = dataImports;
        this.resources = resources;
        this.files = files;
    }

    @Override
    public void run(ApplicationArguments args) {
        Arrays.stream(files.split(",")).map(String::strip).filter(file -> !file.isEmpty()).forEach(file ->
                dataImports.importOnce("TERM_CALENDAR", resources.getResource(file), in -> {
                    var report = calendars.loadCouncilCalendar(file, in);
                    if (report.imported() == 0) {
                        log.warn("The council term calendar {} was not applied: {}", file, report.problems());
                    }
                    return report;
                }));
    }
}
