package org.travelassist.schools;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A GIAS file checked against the register: what applying it would do, why it may not be applied, and who
 * staged and decided it. The lists name at most {@link #LISTED} schools each; the counts are complete.
 *
 * @param openBefore the register's open schools when the file was checked
 * @param blockers why the file cannot be applied; empty when a senior officer may confirm it
 */
public record SchoolImport(
        UUID id,
        String source,
        String sha256,
        long bytes,
        int rowsRead,
        Status status,
        int openBefore,
        int added,
        int changed,
        int closed,
        List<RefusedRow> refusedRows,
        int refused,
        List<String> blockers,
        List<Listed> addedSchools,
        List<Listed> changedSchools,
        List<Listed> closedSchools,
        String stagedBy,
        Instant stagedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {

    public static final int LISTED = 100;

    public enum Status {
        /** Checked, with nothing against it: waits for a senior officer. */
        STAGED,
        /** Confirmed and applied to the register. */
        APPLIED,
        /** Cannot be applied: see the blockers. */
        REFUSED,
        /** An officer chose not to apply it. */
        DISCARDED,
        /** Another file was staged or applied after it, so its comparison no longer holds. */
        SUPERSEDED
    }

    /** A row that could not be used; {@code urn} is null when the row could not be read far enough to tell. */
    public record RefusedRow(long line, @Nullable String urn, String reason) {}

    /** A school the import adds, changes or closes; {@code what} says what changes. */
    public record Listed(String urn, String name, String what) {}

    public SchoolImport {
        refusedRows = List.copyOf(refusedRows);
        blockers = List.copyOf(blockers);
        addedSchools = List.copyOf(addedSchools);
        changedSchools = List.copyOf(changedSchools);
        closedSchools = List.copyOf(closedSchools);
    }

    public boolean waitingForConfirmation() {
        return status == Status.STAGED;
    }
}
