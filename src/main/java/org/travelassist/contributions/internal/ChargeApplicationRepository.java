package org.travelassist.contributions.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChargeApplicationRepository extends JpaRepository<ChargeApplication, UUID> {

    Optional<ChargeApplication> findByReferenceIgnoreCase(String reference);
}
