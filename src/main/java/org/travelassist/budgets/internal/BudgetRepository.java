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

    /** Whether this decision already made its budget (a renewal of it does not count). */
    @Query("select case when count(b) > 0 then true else false end from Budget b"
            + " where b.applicationId = ?1 and b.occasion = ?2 and b.renewal.renewsBudgetId is null")
    boolean existsMadeBy(UUID applicationId, ApplicationDecided.Occasion occasion);

    List<Budget> findByApplicationIdOrderByCreatedAtAsc(UUID applicationId);

    List<Budget> findByHouseholdIdOrderByCreatedAtDesc(UUID householdId);

    List<Budget> findByStateInOrderByCreatedAtAsc(Collection<BudgetState> states);

    /** Agreements still running with no renewal made for them yet: the renewal job's candidates. */
    @Query("select b from Budget b where b.state = org.travelassist.budgets.BudgetState.ACCEPTED and b.endsOn is null"
            + " and not exists (select r from Budget r where r.renewal.renewsBudgetId = b.id)")
    List<Budget> agreedWithoutRenewal();

    /** Renewals offered (or drafted) and not yet confirmed, by the day they must be confirmed. */
    @Query("select b from Budget b where b.renewal.renewsBudgetId is not null and b.state in ?1"
            + " order by b.renewal.confirmBy, b.applicationReference")
    List<Budget> renewalsIn(Collection<BudgetState> states);

    @Query("select b from Budget b where b.renewal.renewsBudgetId = ?1")
    Optional<Budget> renewalOf(UUID renewed);

    List<Budget> findBySchoolUrnInAndStateIn(Collection<String> schoolUrns, Collection<BudgetState> states);
}
