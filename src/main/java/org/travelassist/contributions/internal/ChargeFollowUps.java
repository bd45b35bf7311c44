package org.travelassist.contributions.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.applications.DecisionFollowUps;
import org.travelassist.contributions.ChargeDetails;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;

/** Charges on the officer's case page and the family's tracker, once one is set; each checks who is looking. */
@Component
class ChargeFollowUps implements DecisionFollowUps {

    private final ChargeRecords records;
    private final HouseholdAccess households;
    private final CurrentUser currentUser;

    ChargeFollowUps(ChargeRecords records, HouseholdAccess households, CurrentUser currentUser) {
        this.records = records;
        this.households = households;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUp> forApplication(UUID applicationId, Viewer viewer) {
        var user = currentUser.require();
        var charges = records.charges.findByApplicationIdOrderBySetAtAsc(applicationId).stream().map(records::details).toList();
        if (charges.isEmpty()) {
            return List.of();
        }
        if (viewer == Viewer.OFFICER) {
            if (!user.hasRole(AppRoles.OFFICER) && !user.hasRole(AppRoles.SENIOR_OFFICER)) {
                return List.of();
            }
            return charges.stream().map(charge -> new FollowUp(charge.kind().label, charge.summary(), "officer/charges/" + charge.id(),
                    charges.size() == 1 ? "Open the charge" : "Open the charge set " + GovukDates.at(charge.setAt()))).toList();
        }
        try {
            households.require(charges.getFirst().householdId(), ConsentScope.VIEW, ChargeRecords.CHARGE, charges.getFirst().id());
        } catch (AccessDeniedException e) {
            return List.of();
        }
        return charges.stream().map(charge -> new FollowUp(charge.kind().label, familyState(charge), "charges/" + charge.id(),
                linkText(charge, charges.size()))).toList();
    }

    private static String familyState(ChargeDetails charge) {
        var next = charge.nextToPay();
        return charge.summary() + (next == null ? "" : " " + next.name() + " of " + next.amount() + " is due by " + GovukDates.day(next.dueOn()) + ".");
    }

    private static String linkText(ChargeDetails charge, int of) {
        String what = charge.kind().label.toLowerCase(java.util.Locale.UK);
        String base = charge.nextToPay() != null ? "Pay the " + what : "View the " + what;
        return of == 1 ? base : base + " set " + GovukDates.at(charge.setAt());
    }
}
