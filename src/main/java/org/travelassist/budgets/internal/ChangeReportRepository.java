package org.travelassist.budgets.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeReportRepository extends JpaRepository<ChangeReport, UUID> {

    List<ChangeReport> findByBudgetIdOrderByReportedAtAsc(UUID budgetId);
}
