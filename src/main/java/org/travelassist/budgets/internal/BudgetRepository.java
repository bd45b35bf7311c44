package org.travelassist.budgets.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.travelassist.applications.ApplicationDecided;
import org.travelassist.budgets.BudgetState;

public interface BudgetRepository extends JpaRepository<Budget, UUID> {

    boolean existsByApplicationIdAndOccasionAndRenewsBudgetIdIsNull(UUID applicationId, ApplicationDecided.Occasion occasion);

    List<Budget> findByApplicationIdOrderByCreatedAtAsc(UUID applicationId);

    List<Budget> findByHouseholdIdOrderByCreatedAtDesc(UUID householdId);

    List<Budget> findByStateInOrderByCreatedAtAsc(Collection<BudgetState> states);

    /** Agreements still running with no renewal made for them yet: the renewal job's candidates. */
    @Query("select b from Budget b where b.state = org.travelassist.budgets.BudgetState.ACCEPTED and b.endsOn is null"
            + " and not exists (select r from Budget r where r.renewsBudgetId = b.id)")
    List<Budget> agreedWithoutRenewal();

    /** Renewals offered (or drafted) and not yet confirmed, by the day they must be confirmed. */
    List<Budget> findByRenewsBudgetIdIsNotNullAndStateInOrderByConfirmByAscApplicationReferenceAsc(Collection<BudgetState> states);

    Optional<Budget> findByRenewsBudgetId(UUID renewed);

    List<Budget> findBySchoolUrnInAndStateIn(Collection<String> schoolUrns, Collection<BudgetState> states);
}
