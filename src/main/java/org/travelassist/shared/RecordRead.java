package org.travelassist.shared;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published when a member of staff reads a family's record (opens a case, views an evidence file), for the audit
 * trail: who looked at a family's data is as much the family's business as who changed it.
 *
 * @param what what was read, in words: "case file", "evidence file TA-2026-000123-evidence-2.pdf"
 */
public record RecordRead(String recordType, String recordId, @Nullable UUID householdId, String what) {}
