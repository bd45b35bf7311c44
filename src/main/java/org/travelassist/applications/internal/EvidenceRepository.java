package org.travelassist.applications.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, UUID> {

    List<Evidence> findByApplicationIdOrderByFileUploadedAtAsc(UUID applicationId);
}
