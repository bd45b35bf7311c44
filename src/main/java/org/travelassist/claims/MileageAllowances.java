package org.travelassist.claims;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.Acting;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.MeasuredBasis;
import org.travelassist.claims.internal.ClaimRecords;
import org.travelassist.claims.internal.MileageAllowance;
import org.travelassist.places.LatLon;
import org.travelassist.places.Routes;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.RecordChanged;

/**
 * The family's mileage allowances: a parent, or an adviser the family let see them. Only a parent accepts one,
 * never an adviser, since acceptance is an agreement to be paid into the family's bank account.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.PARENT + "','" + AppRoles.ADVISER + "')")
public class MileageAllowances {

    private final ClaimRecords records;
    private final HouseholdAccess access;
    private final BankDetailsCheck bank;
    private final ApplicationService applications;
    private final Routes routes;

    MileageAllowances(ClaimRecords records, HouseholdAccess access, BankDetailsCheck bank, ApplicationService applications, Routes routes) {
        this.records = records;
        this.access = access;
        this.bank = bank;
        this.applications = applications;
        this.routes = routes;
    }

    @Transactional(readOnly = true)
    public List<AllowanceDetails> allowancesOf(UUID householdId) {
        access.require(householdId, ConsentScope.VIEW, "Household", householdId);
        return records.allowances.findByHouseholdIdOrderByCreatedAtAsc(householdId).stream().map(records::details).toList();
    }

    @Transactional(readOnly = true)
    public AllowanceDetails allowance(UUID id) {
        MileageAllowance allowance = records.allowance(id);
        access.require(allowance.getHouseholdId(), ConsentScope.VIEW, ClaimRecords.ALLOWANCE, id);
        return records.details(allowance);
    }

    /**
     * A parent accepts the allowance, once the household's bank details are held: payments go there. Accepting
     * twice (a double click) accepts once.
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.PARENT + "')")
    public AllowanceDetails accept(UUID id) {
        MileageAllowance allowance = records.allowance(id);
        Acting acting = access.requireParent(allowance.getHouseholdId(), ClaimRecords.ALLOWANCE, id);
        if (allowance.getStatus() == AllowanceStatus.ACCEPTED) {
            return records.details(allowance);
        }
        if (!bank.held(allowance.getHouseholdId())) {
            throw new InvalidClaimException("bank", "Give the bank account to pay into before you accept the allowance");
        }
        var before = ClaimRecords.state(allowance);
        allowance.accept(acting.personId(), acting.personName(), records.now());
        records.allowances.saveAndFlush(allowance);
        records.publish(RecordChanged.changed(ClaimRecords.ALLOWANCE, id, allowance.getHouseholdId(), before, ClaimRecords.state(allowance)));
        records.publish(new AllowanceAccepted(id, allowance.getHouseholdId(), allowance.getSchoolName(), records.today()));
        return records.details(allowance);
    }

    /**
     * The road route the allowance's miles were measured on, drawn at display time from the points the decision
     * stored (nothing is kept for it but what the page shows). Empty when the decision measured no points.
     */
    @Transactional(readOnly = true)
    public Optional<AllowanceRoute> route(UUID id) {
        MileageAllowance allowance = records.allowance(id);
        access.require(allowance.getHouseholdId(), ConsentScope.VIEW, ClaimRecords.ALLOWANCE, id);
        for (UUID application : records.details(allowance).applicationIds()) {
            MeasuredBasis basis = applications.summary(application).basis(); // the basis is in its row: no history needed
            if (basis != null && basis.home() != null && basis.schoolPoint() != null) {
                var home = new LatLon(basis.home().latitude(), basis.home().longitude());
                var school = new LatLon(basis.schoolPoint().latitude(), basis.schoolPoint().longitude());
                List<LatLon> road = routes.drivingRoute(home, school).map(Routes.RouteLine::points).orElse(List.of());
                return Optional.of(new AllowanceRoute(home, school, allowance.getSchoolName(), road));
            }
        }
        return Optional.empty();
    }

    /** Whether the household has bank details to pay into, for the acceptance page. */
    @Transactional(readOnly = true)
    public boolean bankDetailsHeld(UUID householdId) {
        access.require(householdId, ConsentScope.VIEW, "Household", householdId);
        return bank.held(householdId);
    }
}
