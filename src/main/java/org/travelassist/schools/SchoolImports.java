package org.travelassist.schools;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.schools.SchoolImport.Status;
import org.travelassist.schools.internal.StagedImports;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.RecordChanged;

/**
 * Updating the register from a GIAS file, in two steps. Any officer may stage a file: it is read and compared
 * with the register (added, changed, closed, rows refused) without changing it, and refused outright when a
 * refused row is an open school or when more than the configured share of open schools would close. A senior
 * officer then confirms it, and every node reloads. Each step is audited with the file's SHA-256 and counts.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.SENIOR_OFFICER + "')")
public class SchoolImports {

    static final String RECORD_TYPE = "SchoolImport";

    private final StagedImports staged;
    private final SchoolRegister register;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final long maxBytes;
    private final double maxClosingShare;

    SchoolImports(StagedImports staged, SchoolRegister register, CurrentUser currentUser, ApplicationEventPublisher events,
            @Value("${travelassist.schools.import.max-bytes:104857600}") long maxBytes,
            @Value("${travelassist.schools.import.max-closing-share:0.02}") double maxClosingShare) {
        this.staged = staged;
        this.register = register;
        this.currentUser = currentUser;
        this.events = events;
        this.maxBytes = maxBytes;
        this.maxClosingShare = maxClosingShare;
    }

    /** The largest file an import reads; the upload page refuses larger ones before they arrive. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads and checks a file; the register does not change. A file staged earlier and not confirmed is superseded. */
    @Transactional
    public SchoolImport stage(String source, InputStream in) {
        AppUser officer = currentUser.require();
        return checkAndRecord(source, in, maxBytes, maxClosingShare, officer);
    }

    private SchoolImport checkAndRecord(String source, InputStream in, long sizeLimit, double closingLimit, @Nullable AppUser by) {
        staged.lock();
        var previous = staged.pending();
        SchoolImport checked = staged.stage(source, in, sizeLimit, closingLimit, by == null ? null : by.id(),
                by == null ? "Start-up import" : by.displayName());
        if (checked.status() == Status.STAGED) { // staging a file supersedes the one waiting, if any
            previous.ifPresent(old -> events.publishEvent(RecordChanged.changed(RECORD_TYPE, old.id(), null,
                    Map.of("status", Status.STAGED.name()), Map.of("status", Status.SUPERSEDED.name()))));
        }
        events.publishEvent(RecordChanged.created(RECORD_TYPE, checked.id(), null, summary(checked)));
        return checked;
    }

    /** The file waiting for a senior officer, if there is one. */
    @Transactional(readOnly = true)
    public Optional<SchoolImport> pending() {
        return staged.pending();
    }

    @Transactional(readOnly = true)
    public SchoolImport find(UUID id) {
        return staged.find(id).orElseThrow(() -> new IllegalArgumentException("No school import " + id));
    }

    /**
     * Applies a staged file, for a senior officer only. Refused when it is no longer waiting, or when the register
     * changed since it was checked (the officer then stages it again and reads the new comparison).
     */
    @PreAuthorize("hasRole('" + AppRoles.SENIOR_OFFICER + "')")
    @Transactional(noRollbackFor = ImportNoLongerValid.class)
    public SchoolImport confirm(UUID id) {
        AppUser senior = currentUser.require();
        staged.lock();
        SchoolImport waiting = staged.findForUpdate(id).orElseThrow(() -> new IllegalArgumentException("No school import " + id));
        if (!waiting.waitingForConfirmation()) {
            throw new ImportNoLongerValid("This file was " + waiting.status().name().toLowerCase(java.util.Locale.UK)
                    + " and cannot be applied. Upload it again to check it.");
        }
        if (!staged.stillAsStaged(waiting)) {
            decide(waiting, Status.SUPERSEDED, null);
            throw new ImportNoLongerValid("The register has changed since this file was checked. Upload it again to check it "
                    + "against the register as it is now.");
        }
        staged.apply(id);
        decide(waiting, Status.APPLIED, senior);
        register.changedInThisTransaction();
        return staged.find(id).orElseThrow();
    }

    /** Sets a staged file aside without applying it. */
    @Transactional
    public SchoolImport discard(UUID id) {
        AppUser officer = currentUser.require();
        staged.lock();
        SchoolImport waiting = staged.findForUpdate(id).orElseThrow(() -> new IllegalArgumentException("No school import " + id));
        if (waiting.waitingForConfirmation()) {
            decide(waiting, Status.DISCARDED, officer);
        }
        return staged.find(id).orElseThrow();
    }

    /**
     * The file configured for start-up, applied without a senior officer: the operator chose it. It is still
     * checked, and audited; a file with no usable open school is never applied, whatever it is.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    SchoolImport applyAtStartUp(String source, InputStream in) {
        SchoolImport checked = checkAndRecord(source, in, Long.MAX_VALUE, 1.0, null);
        if (checked.status() == Status.STAGED) {
            staged.apply(checked.id());
            decide(checked, Status.APPLIED, null);
            register.changedInThisTransaction();
        }
        return staged.find(checked.id()).orElseThrow();
    }

    private void decide(SchoolImport waiting, Status status, @Nullable AppUser by) {
        staged.decide(waiting.id(), status, by == null ? null : by.id(), by == null ? null : by.displayName());
        if (status == Status.APPLIED) {
            staged.supersededBy(waiting.id()).forEach(other -> {
                staged.decide(other, Status.SUPERSEDED, null, null);
                events.publishEvent(RecordChanged.changed(RECORD_TYPE, other, null,
                        Map.of("status", Status.STAGED.name()), Map.of("status", Status.SUPERSEDED.name())));
            });
        }
        events.publishEvent(RecordChanged.changed(RECORD_TYPE, waiting.id(), null,
                Map.of("status", waiting.status().name()), Map.of("status", status.name())));
    }

    private static Map<String, @Nullable String> summary(SchoolImport checked) {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("source", checked.source());
        fields.put("sha256", checked.sha256());
        fields.put("bytes", String.valueOf(checked.bytes()));
        fields.put("rows", String.valueOf(checked.rowsRead()));
        fields.put("openBefore", String.valueOf(checked.openBefore()));
        fields.put("added", String.valueOf(checked.added()));
        fields.put("changed", String.valueOf(checked.changed()));
        fields.put("closed", String.valueOf(checked.closed()));
        fields.put("refusedRows", String.valueOf(checked.refused()));
        fields.put("status", checked.status().name());
        if (!checked.blockers().isEmpty()) {
            String reasons = String.join(" | ", checked.blockers());
            fields.put("blockers", reasons.length() > 2000 ? reasons.substring(0, 2000) : reasons);
        }
        return fields;
    }

    /** The import cannot be applied as it stands; the message says what to do. */
    public static class ImportNoLongerValid extends IllegalStateException {
        ImportNoLongerValid(String message) {
            super(message);
        }
    }
}
