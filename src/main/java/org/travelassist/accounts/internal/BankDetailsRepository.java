package org.travelassist.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BankDetailsRepository extends JpaRepository<BankDetails, UUID> {

    /** The household's current bank details: the newest version. */
    Optional<BankDetails> findFirstByHouseholdIdOrderByRevisionDesc(UUID householdId);

    List<BankDetails> findByHouseholdIdOrderByRevisionDesc(UUID householdId);
}
