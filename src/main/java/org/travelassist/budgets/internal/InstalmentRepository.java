package org.travelassist.budgets.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.travelassist.budgets.BudgetState;
import org.travelassist.budgets.InstalmentState;

public interface InstalmentRepository extends JpaRepository<Instalment, UUID> {

    /** Instalments of agreed budgets that have fallen due and were never handed to payments (scheduled, or held for want of bank details). */
    @Query("select i from Instalment i join fetch i.budget b where i.state in :states and i.handedOverOn is null and i.dueOn <= :today and b.state in :agreed order by i.dueOn")
    List<Instalment> fallenDue(Collection<InstalmentState> states, LocalDate today, Collection<BudgetState> agreed);

    List<Instalment> findByBudgetIdOrderByNumber(UUID budgetId);
}
