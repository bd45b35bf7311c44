package org.travelassist.contributions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChargeRepository extends JpaRepository<Charge, UUID> {

    List<Charge> findByApplicationIdOrderBySetAtAsc(UUID applicationId);

    List<Charge> findByHouseholdIdOrderBySetAtAsc(UUID householdId);

    List<Charge> findTop20ByOrderBySetAtDesc();

    @Query("select c from Charge c join c.instalments i where i.id = :instalmentId")
    Optional<Charge> findByInstalment(UUID instalmentId);
}
