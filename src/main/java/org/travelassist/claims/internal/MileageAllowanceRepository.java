package org.travelassist.claims.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MileageAllowanceRepository extends JpaRepository<MileageAllowance, UUID> {

    Optional<MileageAllowance> findByHouseholdIdAndSchoolUrn(UUID householdId, String schoolUrn);

    List<MileageAllowance> findByHouseholdIdOrderByCreatedAtAsc(UUID householdId);

    @Query("select a from MileageAllowance a join a.children c where c.applicationId = ?1")
    Optional<MileageAllowance> findByApplication(UUID applicationId);
}
