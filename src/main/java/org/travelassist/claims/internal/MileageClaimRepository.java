package org.travelassist.claims.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.travelassist.claims.ClaimStatus;

public interface MileageClaimRepository extends JpaRepository<MileageClaim, UUID> {

    List<MileageClaim> findByHouseholdIdOrderByPeriodFromDescCreatedAtDesc(UUID householdId);

    List<MileageClaim> findByAllowanceId(UUID allowanceId);

    Optional<MileageClaim> findByAllowanceIdAndPeriodFromAndStatus(UUID allowanceId, LocalDate periodFrom, ClaimStatus status);

    List<MileageClaim> findByStatusInOrderBySentAtAsc(Collection<ClaimStatus> statuses);

    List<MileageClaim> findBySchoolUrnInAndStatusInOrderBySentAtAsc(Collection<String> schoolUrns, Collection<ClaimStatus> statuses);

    /** The days of an allowance that other claims hold (sent and not rejected), whatever their month. */
    @Query("select d.day from MileageClaim c join c.days d where c.allowanceId = ?1 and c.id <> ?2 and d.counted = true")
    List<LocalDate> daysHeldElsewhere(UUID allowanceId, UUID claimId);

    @Query(value = "select nextval('mileage_claim_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();
}
