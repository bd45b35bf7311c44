package org.travelassist.claims.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimReceiptRepository extends JpaRepository<ClaimReceipt, UUID> {

    List<ClaimReceipt> findByClaimIdOrderByFileUploadedAtAsc(UUID claimId);
}
