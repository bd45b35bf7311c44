package org.travelassist.budgets.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RepaymentRepository extends JpaRepository<Repayment, UUID> {

    List<Repayment> findByBudgetIdOrderByNumber(UUID budgetId);
}
