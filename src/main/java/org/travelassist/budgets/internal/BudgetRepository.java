package org.travelassist.budgets.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.travelassist.applications.ApplicationDecided;
import org.travelassist.budgets.BudgetState;

public interface BudgetRepository extends JpaRepository<Budget, UUID> {

    boolean existsByApplicationIdAndOccasion(UUID applicationId, ApplicationDecided.Occasion occasion);

    List<Budget> findByApplicationIdOrderByCreatedAtAsc(UUID applicationId);

    List<Budget> findByHouseholdIdOrderByCreatedAtDesc(UUID householdId);

    List<Budget> findByStateInOrderByCreatedAtAsc(Collection<BudgetState> states);
}
