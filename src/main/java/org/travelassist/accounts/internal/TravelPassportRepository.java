package org.travelassist.accounts.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TravelPassportRepository extends JpaRepository<TravelPassport, UUID> {

    Optional<TravelPassport> findByChildId(UUID childId);
}
