package org.travelassist.audit.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Only inserts and reads: no update or delete method exists. */
public interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    List<AuditRecord> findByRecordTypeAndRecordIdOrderByIdAsc(String recordType, String recordId);
}
