package org.travelassist.payments.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRunRepository extends JpaRepository<PaymentRun, UUID> {

    List<PaymentRun> findTop20ByOrderByRunNumberDesc();

    /** The run, locked until the caller's transaction ends: its last two payments answered at once close it once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PaymentRun r where r.id = ?1")
    Optional<PaymentRun> lockById(UUID id);

    @Query(value = "select nextval('payment_run_number_seq')", nativeQuery = true)
    long nextRunNumber();
}
