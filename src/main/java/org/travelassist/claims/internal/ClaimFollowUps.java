package org.travelassist.claims.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.applications.DecisionFollowUps;
import org.travelassist.claims.AllowanceDetails;
import org.travelassist.claims.ClaimStatus;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/** The mileage allowance a decision offered, for the case page and the family's tracker. */
@Component
class ClaimFollowUps implements DecisionFollowUps {

    private final ClaimRecords records;
    private final HouseholdAccess access;
    private final CurrentUser currentUser;

    ClaimFollowUps(ClaimRecords records, HouseholdAccess access, CurrentUser currentUser) {
        this.records = records;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUp> forApplication(UUID applicationId, Viewer viewer) {
        var found = records.allowances.findByApplication(applicationId);
        if (found.isEmpty()) {
            return List.of();
        }
        MileageAllowance allowance = found.get();
        boolean officer = currentUser.find().map(user -> user.hasRole(AppRoles.OFFICER) || user.hasRole(AppRoles.SENIOR_OFFICER)).orElse(false);
        if (viewer == Viewer.OFFICER && !officer) {
            return List.of();
        }
        if (viewer == Viewer.FAMILY) {
            try {
                access.require(allowance.getHouseholdId(), ConsentScope.VIEW, ClaimRecords.ALLOWANCE, allowance.getId());
            } catch (AccessDeniedException notTheirs) {
                return List.of();
            }
        }
        AllowanceDetails details = records.details(allowance);
        var claims = records.claims.findByAllowanceId(allowance.getId()).stream().filter(claim -> claim.getStatus() != ClaimStatus.DRAFT).toList();
        Money paid = Money.sum(claims.stream().filter(claim -> claim.getStatus() == ClaimStatus.PAID).map(MileageClaim::amount).toList());
        String terms = details.miles() + " each way at " + details.rate() + ", from " + GovukDates.day(details.startsOn());
        String state = details.accepted()
                ? "Accepted on " + GovukDates.day(details.acceptedAt()) + ": " + terms + ". " + claims.size()
                        + (claims.size() == 1 ? " claim" : " claims") + " sent, " + paid.formatted() + " paid."
                : "Offered: " + terms + ". Not accepted yet.";
        return viewer == Viewer.FAMILY
                ? List.of(new FollowUp("Mileage allowance", state, "claims/allowance/" + allowance.getId(), "View the mileage allowance"))
                : List.of(new FollowUp("Mileage allowance", state, "officer/claims", "Mileage claims to approve"));
    }
}
