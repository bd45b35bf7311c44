package org.travelassist.shared;

import java.util.List;

/**
 * What an import did: rows imported, and each row that could not be used, by line number, with the reason.
 * The rest of a file imports whatever a bad row says.
 */
public record ImportReport(String source, int imported, int skipped, List<Problem> problems) {

    public record Problem(long line, String reason) {}

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
