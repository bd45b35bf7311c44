package org.travelassist.applications.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.travelassist.applications.ApplicationStatus;

interface ApplicationRepository extends JpaRepository<Application, UUID> {

    List<Application> findByHouseholdIdOrderByCreatedAtDesc(UUID householdId);

    Optional<Application> findFirstByChildIdAndStatus(UUID childId, ApplicationStatus status);

    List<Application> findByChildIdOrderByCreatedAtDesc(UUID childId);

    List<Application> findByStatusInOrderByDecisionDueAscSubmittedAtAsc(Collection<ApplicationStatus> statuses);

    @Query(value = "select nextval('application_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();
}
