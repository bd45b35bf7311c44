package org.travelassist.payments.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.travelassist.payments.PaymentSource;
import org.travelassist.payments.PaymentStatus;

public interface PaymentInstructionRepository extends JpaRepository<PaymentInstruction, UUID> {

    boolean existsBySourceKindAndSourceId(PaymentSource.Kind kind, UUID sourceId);

    List<PaymentInstruction> findBySourceKindAndSourceIdOrderByAttemptAsc(PaymentSource.Kind kind, UUID sourceId);

    List<PaymentInstruction> findByHouseholdIdOrderByDueOnDescAttemptDesc(UUID householdId);

    List<PaymentInstruction> findByHouseholdIdAndStatus(UUID householdId, PaymentStatus status);

    List<PaymentInstruction> findByStatusOrderByDueOnAsc(PaymentStatus status);

    List<PaymentInstruction> findByStatusInOrderByDueOnAsc(Collection<PaymentStatus> statuses);

    /** In the order they appear in the run's file: by sort code, then account, then id, so the file is the same every time. */
    @Query("select i from PaymentInstruction i where i.runId = ?1 order by i.payee.sortCode, i.payee.accountNumber, i.id")
    List<PaymentInstruction> inRun(UUID runId);

    @Query("select i from PaymentInstruction i where i.progress.gatewayReference = ?1")
    Optional<PaymentInstruction> findByGatewayReference(String gatewayReference);

    long countByStatus(PaymentStatus status);
}
