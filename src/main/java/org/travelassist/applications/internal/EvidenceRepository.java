package org.travelassist.applications.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.travelassist.applications.ApplicationDetails;

interface EvidenceRepository extends JpaRepository<Evidence, UUID> {

    List<Evidence> findByApplicationIdOrderByFileUploadedAtAsc(UUID applicationId);

    /**
     * The application's files as a page lists them, oldest first, without their content: a page showing an application
     * need not read every file it was sent.
     */
    @Query("""
            select new org.travelassist.applications.ApplicationDetails$EvidenceFile(e.id, e.file.fileName, e.file.mediaType,
                e.file.sizeBytes, e.file.scanResult, e.file.uploadedAt)
            from Evidence e where e.applicationId = :applicationId order by e.file.uploadedAt""")
    List<ApplicationDetails.EvidenceFile> listed(UUID applicationId);
}
