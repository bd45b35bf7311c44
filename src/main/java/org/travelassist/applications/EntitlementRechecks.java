package org.travelassist.applications;

import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.applications.internal.Application;
import org.travelassist.applications.internal.ApplicationRecords;
import org.travelassist.applications.internal.MeasuredBases;
import org.travelassist.applications.internal.SchoolSuitabilityRecords;
import org.travelassist.eligibility.EligibilityService;
import org.travelassist.security.AppRoles;

/**
 * Checks a decided application's entitlement again, today, as {@link Casework#remeasure} measures: the family's
 * stored answers and the officer's judgements, against the policy in force now. For the annual re-assessment,
 * which lists for officers whose entitlement would change; it changes no decision and tells no family.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.OFFICER + "')")
public class EntitlementRechecks {

    private final ApplicationRecords records;
    private final EligibilityService eligibility;
    private final SchoolSuitabilityRecords suitability;

    EntitlementRechecks(ApplicationRecords records, EligibilityService eligibility, SchoolSuitabilityRecords suitability) {
        this.records = records;
        this.eligibility = eligibility;
        this.suitability = suitability;
    }

    @Transactional(readOnly = true)
    public EntitlementRecheck recheck(UUID applicationId) {
        Application application = records.find(applicationId);
        if (application.getDecidedAt() == null) {
            throw new InvalidApplicationException("status", "Application " + application.getReference() + " has not been decided");
        }
        var check = eligibility.check(records.checkRequest(application), null, suitability.inputs(application));
        // The latest stage that revised the offer: an appeal's over a review's.
        var revised = Stream.of(ChallengeStage.APPEAL, ChallengeStage.REVIEW)
                .flatMap(stage -> records.challenge(applicationId, stage).stream())
                .filter(stage -> stage.getRevisedAt() != null).findFirst();
        boolean eligible = revised.map(stage -> Boolean.TRUE.equals(stage.getRevisedEligible()))
                .orElse(Boolean.TRUE.equals(application.getDecisionEligible()));
        return new EntitlementRecheck(applicationId, String.valueOf(application.getReference()), application.getHouseholdId(),
                application.getChildName(), application.getSchoolName(), eligible,
                revised.isPresent() ? revised.get().getRevisedCategory() : application.getDecisionCategory(),
                revised.isPresent() ? revised.get().getRevisedOffers() : application.getDecisionOffers(),
                MeasuredBases.read(application), MeasuredBases.from(check, records.clockInstant()), check.result());
    }
}
