package org.travelassist.budgets.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AbsenceRepository extends JpaRepository<Absence, UUID> {

    List<Absence> findByBudgetIdOrderByMonth(UUID budgetId);

    boolean existsByBudgetIdAndMonth(UUID budgetId, LocalDate month);

    List<Absence> findByNeedsReviewTrueAndReviewedAtIsNullOrderByMonth();
}
