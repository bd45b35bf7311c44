package org.travelassist.payments.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRunRepository extends JpaRepository<PaymentRun, UUID> {

    List<PaymentRun> findTop20ByOrderByRunNumberDesc();

    @Query(value = "select nextval('payment_run_number_seq')", nativeQuery = true)
    long nextRunNumber();
}
