package org.travelassist.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdviserConsentRepository extends JpaRepository<AdviserConsent, UUID> {

    List<AdviserConsent> findByHouseholdIdOrderByInvitedAtDesc(UUID householdId);

    List<AdviserConsent> findByAdviserIdOrderByInvitedAtDesc(UUID adviserId);

    List<AdviserConsent> findByHouseholdIdAndAdviserId(UUID householdId, UUID adviserId);

    Optional<AdviserConsent> findByCodeHash(String codeHash);

    long countByHouseholdIdAndInvitedAtAfter(UUID householdId, java.time.Instant after);
}
