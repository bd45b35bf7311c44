package org.travelassist.audit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.audit.internal.AuditRecordRepository;
import org.travelassist.security.AppRoles;

/** Reading the audit trail: for council officers only. */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.SENIOR_OFFICER + "')")
public class AuditTrail {

    private final AuditRecordRepository records;

    AuditTrail(AuditRecordRepository records) {
        this.records = records;
    }

    /** Everything that happened to one record, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forRecord(String recordType, String recordId) {
        return records.findByRecordTypeAndRecordIdOrderByIdAsc(recordType, recordId).stream()
                .map(record -> record.entry())
                .toList();
    }
}
