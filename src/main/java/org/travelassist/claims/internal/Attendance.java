package org.travelassist.claims.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.travelassist.claims.AbsencesRecorded;
import org.travelassist.claims.ClaimDetails;
import org.travelassist.claims.InvalidClaimException;
import org.travelassist.claims.MileageRules;

/**
 * Records the school's attendance check on a claim, for the school's staff or an officer confirming instead: the
 * absent days are not paid, the amount is worked out again line by line, and the absences are published.
 */
@Component
public class Attendance {

    private final ClaimRecords records;

    Attendance(ClaimRecords records) {
        this.records = records;
    }

    public ClaimDetails confirm(MileageClaim claim, Set<LocalDate> absent, UUID by, String byName, boolean byOfficer) {
        Set<LocalDate> claimed = claim.getDays().stream().map(ClaimDay::getDay).collect(java.util.stream.Collectors.toSet());
        if (!claimed.containsAll(absent)) {
            throw new InvalidClaimException("absent", "Mark only days that are in the claim as absences.");
        }
        var before = ClaimRecords.state(claim);
        claim.confirmAttendance(absent, by, byName, byOfficer, records.now());
        MileageAllowance allowance = records.allowance(claim.getAllowanceId());
        claim.price(MileageRules.price(allowance.terms(), claim.payableDays(), records.milesBefore(claim)));
        records.claims.saveAndFlush(claim);
        records.changed(claim, before);
        if (!absent.isEmpty()) {
            List<LocalDate> dates = absent.stream().sorted().toList();
            allowance.getChildren().forEach(child -> records.publish(new AbsencesRecorded(child.getChildId(), child.getChildName(),
                    claim.getHouseholdId(), claim.getSchoolUrn(), dates, claim.getId(), byName)));
        }
        return records.details(claim);
    }
}
