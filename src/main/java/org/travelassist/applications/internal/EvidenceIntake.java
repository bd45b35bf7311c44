package org.travelassist.applications.internal;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.travelassist.accounts.Acting;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.applications.ApplicationAction;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.EvidenceContent;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.EvidenceRejectedException;
import org.travelassist.shared.RecordChanged;
import org.travelassist.shared.StoredFile;

/**
 * Evidence in and out. A file is checked and scanned before any transaction opens, so a slow virus scanner never
 * holds a database connection, and the application is checked again when the file is kept, in case it changed
 * meanwhile. Files are served under a name the server makes, never the one the family's device sent.
 */
@Component
public class EvidenceIntake {

    private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);

    public static final String EVIDENCE = "Evidence";

    private final ApplicationRecords records;
    private final EvidenceRepository evidence;
    private final HouseholdAccess access;
    private final EvidenceChecks checks;
    private final TransactionOperations transactions;

    EvidenceIntake(ApplicationRecords records, EvidenceRepository evidence, HouseholdAccess access, EvidenceChecks checks,
            TransactionOperations transactions) {
        this.records = records;
        this.evidence = evidence;
        this.access = access;
        this.checks = checks;
        this.transactions = transactions;
    }

    /** Checks, scans and keeps a file for the family, or refuses it with what to do. Not in a transaction. */
    public ApplicationDetails.EvidenceFile add(UUID id, String clientName, byte[] content) {
        String name = EvidenceChecks.safeName(clientName);
        transactions.executeWithoutResult(status -> allowed(id, content.length));
        String mediaType = checks.mediaType(name, content);
        String scan = checks.scan(name, content);
        byte[] kept = checks.withoutMetadata(name, mediaType, content);
        try {
            return keep(id, name, mediaType, kept, scan);
        } catch (DataAccessException e) {
            if (!storeRefused(e)) {
                throw e;
            }
            // The transaction rolled back whole: no half-kept file, and the family's answers were saved before.
            log.error("Evidence for application {} could not be stored", id, e);
            throw new EvidenceRejectedException(STORE_REFUSED);
        }
    }

    static final String STORE_REFUSED = "We could not keep your file just now. It has not been added, and nothing else you have "
            + "entered is lost. Try again in a few minutes.";

    /**
     * The database could not take the file: full (SQLSTATE class 53, such as 53100 disk_full), a disk fault (58030)
     * or gone for a moment. Not a problem with the file, so the family is asked to try again later.
     */
    static boolean storeRefused(DataAccessException e) {
        if (e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessException) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("53") || sql.getSQLState().equals("58030"))) {
                return true;
            }
        }
        return false;
    }

    private ApplicationDetails.EvidenceFile keep(UUID id, String name, String mediaType, byte[] kept, String scan) {
        return Objects.requireNonNull(transactions.execute(status -> {
            Application application = allowed(id, kept.length);
            Acting acting = access.require(application.getHouseholdId(), ConsentScope.PREPARE, ApplicationRecords.APPLICATION, id);
            var saved = evidence.save(new Evidence(id, new StoredFile(name, mediaType, kept, scan, acting.personId(), records.clockInstant())));
            records.publish(RecordChanged.created(EVIDENCE, saved.getId(), application.getHouseholdId(), snapshot(saved)));
            if (application.getStatus() != ApplicationStatus.DRAFT) {
                records.log(application, "Evidence added", name, acting.personName(), true);
            }
            return new ApplicationDetails.EvidenceFile(saved.getId(), saved.file().fileName(), saved.file().mediaType(), saved.file().sizeBytes(),
                    saved.file().scanResult(), saved.file().uploadedAt());
        }));
    }

    /** Removes a file from a draft. In the caller's transaction. */
    public void remove(Application application, UUID evidenceId) {
        var file = evidence.findById(evidenceId).filter(e -> e.getApplicationId().equals(application.getId()))
                .orElseThrow(() -> access.refused(EVIDENCE, evidenceId, "evidence of another application"));
        evidence.delete(file);
        records.publish(RecordChanged.deleted(EVIDENCE, file.getId(), application.getHouseholdId(), snapshot(file)));
    }

    /** A file's content, named by the server: the application's reference, the file's number and its real type. */
    public EvidenceContent content(Application application, UUID evidenceId) {
        List<Evidence> files = evidence.findByApplicationIdOrderByFileUploadedAtAsc(application.getId());
        for (int i = 0; i < files.size(); i++) {
            Evidence file = files.get(i);
            if (file.getId().equals(evidenceId)) {
                return new EvidenceContent(EvidenceChecks.downloadName(application.getReference(), i + 1, file.file().mediaType()),
                        file.file().mediaType(), file.file().content());
            }
        }
        throw access.refused(EVIDENCE, evidenceId, "evidence of another application");
    }

    private Application allowed(UUID id, long adding) {
        Application application = records.find(id);
        access.require(application.getHouseholdId(), ConsentScope.PREPARE, ApplicationRecords.APPLICATION, id);
        if (!application.getStatus().allows(ApplicationAction.ADD_EVIDENCE)) {
            throw new EvidenceRejectedException("You cannot add evidence to this application now");
        }
        var files = evidence.listed(id);
        checks.withinLimits("this file", files.size(), files.stream().mapToLong(ApplicationDetails.EvidenceFile::sizeBytes).sum(), adding);
        return application;
    }

    private static Map<String, @Nullable String> snapshot(Evidence file) {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("applicationId", file.getApplicationId().toString());
        fields.put("fileName", file.file().fileName());
        fields.put("mediaType", file.file().mediaType());
        fields.put("sizeBytes", Long.toString(file.file().sizeBytes()));
        fields.put("scanResult", file.file().scanResult());
        return fields;
    }
}
