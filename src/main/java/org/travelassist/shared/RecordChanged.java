package org.travelassist.shared;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published, inside the transaction that made it, for every create, change and delete of data that must be
 * audited. {@code before} and {@code after} are the record's fields as text (empty on create or delete).
 */
public record RecordChanged(
        Change change,
        String recordType,
        UUID recordId,
        @Nullable UUID householdId,
        Map<String, @Nullable String> before,
        Map<String, @Nullable String> after) {

    public enum Change {
        CREATED,
        CHANGED,
        DELETED
    }

    public static RecordChanged created(String type, UUID id, @Nullable UUID household, Map<String, @Nullable String> after) {
        return new RecordChanged(Change.CREATED, type, id, household, Map.of(), after);
    }

    public static RecordChanged changed(
            String type, UUID id, @Nullable UUID household, Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
        return new RecordChanged(Change.CHANGED, type, id, household, before, after);
    }

    public static RecordChanged deleted(String type, UUID id, @Nullable UUID household, Map<String, @Nullable String> before) {
        return new RecordChanged(Change.DELETED, type, id, household, before, Map.of());
    }
}
