package org.travelassist.budgets.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;
import org.travelassist.budgets.BudgetRules;

/**
 * What makes a budget next year's renewal of an agreement: the agreement it renews and the last day a parent can
 * confirm it (the last day of that agreement). A budget a decision made has none. Its moves (offered, confirmed,
 * lapsed) stay on {@link Budget}, which checks them against {@code BudgetState}.
 */
@Embeddable
class Renewal {

    @Column(name = "renews_budget_id")
    private UUID renewsBudgetId;

    @Column(name = "confirm_by")
    private LocalDate confirmBy;

    protected Renewal() {
        this.renewsBudgetId = new UUID(0, 0);
        this.confirmBy = LocalDate.EPOCH;
    }

    Renewal(UUID renewsBudgetId, LocalDate confirmBy) {
        this.renewsBudgetId = renewsBudgetId;
        this.confirmBy = confirmBy;
    }

    UUID renewsBudgetId() {
        return renewsBudgetId;
    }

    LocalDate confirmBy() {
        return confirmBy;
    }

    /** Nobody confirmed it by its day: it is not paid, and the agreement it renews ends with its year. */
    boolean lapsedOn(LocalDate today) {
        return BudgetRules.renewalLapsed(confirmBy, today);
    }
}
