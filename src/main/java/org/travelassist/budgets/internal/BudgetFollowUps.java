package org.travelassist.budgets.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.applications.DecisionFollowUps;
import org.travelassist.budgets.BudgetState;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/**
 * The budget on the officer's case page and the family's tracker. Officers see every budget of the application,
 * drafts included; the family sees the offers sent to them, once the household's access is checked.
 */
@Component
class BudgetFollowUps implements DecisionFollowUps {

    private final BudgetRepository budgets;
    private final HouseholdAccess households;
    private final CurrentUser currentUser;

    BudgetFollowUps(BudgetRepository budgets, HouseholdAccess households, CurrentUser currentUser) {
        this.budgets = budgets;
        this.households = households;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUp> forApplication(UUID applicationId, Viewer viewer) {
        var user = currentUser.require();
        var all = budgets.findByApplicationIdOrderByCreatedAtAsc(applicationId);
        if (viewer == Viewer.OFFICER) {
            if (!user.hasRole(AppRoles.OFFICER) && !user.hasRole(AppRoles.SENIOR_OFFICER)) {
                return List.of();
            }
            return all.stream().map(budget -> new FollowUp(title(budget), state(budget), "officer/budgets/" + budget.getId(),
                    all.size() == 1 ? "Open the budget" : "Open the budget made " + GovukDates.at(budget.createdAt()))).toList();
        }
        var shown = all.stream().filter(budget -> budget.state() != BudgetState.DRAFT).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        try {
            households.require(shown.getFirst().householdId(), ConsentScope.VIEW, "Budget", shown.getFirst().getId());
        } catch (AccessDeniedException e) {
            return List.of();
        }
        return shown.stream().map(budget -> new FollowUp(title(budget), state(budget), "budgets/" + budget.getId(),
                budget.state() == BudgetState.OFFERED ? (budget.renewsBudgetId() != null ? "Read and confirm next year's budget"
                        : "Read and accept the budget offer")
                        : shown.size() == 1 ? "View the budget" : "View the budget of " + GovukDates.at(budget.createdAt()))).toList();
    }

    private static String title(Budget budget) {
        return budget.renewsBudgetId() == null ? "Personal transport budget"
                : "Personal transport budget from " + GovukDates.day(budget.startsOn());
    }

    private static String state(Budget budget) {
        Money annual = budget.annual();
        String amount = annual == null ? "the amount is to be set" : budget.total() + " in " + budget.instalments().size() + " instalments";
        return switch (budget.state()) {
            case DRAFT -> budget.needsOfficer() != null ? "Draft: " + budget.needsOfficer() : "Draft offer: " + amount + ", not sent yet";
            case OFFERED -> budget.renewsBudgetId() != null
                    ? "Next year's budget offered: " + amount + ". Waiting for a parent to confirm it by " + GovukDates.day(budget.confirmBy()) + "."
                    : "Offer sent: " + amount + ". Waiting for a parent to accept it.";
            case ACCEPTED -> "Agreed by " + budget.acceptedByName() + " on " + GovukDates.day(budget.acceptedAt()) + ": " + amount + ".";
            case DECLINED -> "Declined on " + GovukDates.day(budget.declinedAt()) + ".";
            case WITHDRAWN -> "Withdrawn: " + budget.withdrawnReason() + ".";
            case ENDING -> "Ends on " + GovukDates.day(budget.endsOn()) + ".";
            case LAPSED -> "Next year's budget was not confirmed by " + GovukDates.day(budget.confirmBy()) + ".";
        };
    }
}
