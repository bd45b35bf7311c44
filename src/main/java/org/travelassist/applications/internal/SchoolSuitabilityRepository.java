package org.travelassist.applications.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolSuitabilityRepository extends JpaRepository<SchoolSuitability, UUID> {

    Optional<SchoolSuitability> findByApplicationId(UUID applicationId);
}
