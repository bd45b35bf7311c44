package org.travelassist.claims.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.applications.ApplicationDecided;
import org.travelassist.applications.Offer;
import org.travelassist.claims.MileagePolicy;
import org.travelassist.claims.MileageRules;
import org.travelassist.shared.RecordChanged;

/**
 * Sets up the mileage allowance a decision offers, from the stored road distance and the policy in force on the
 * decision date. One allowance per household per school: a sibling's decision for the same school joins the
 * allowance already there. Idempotent: an event delivered again finds its application already covered.
 */
@Component
class AllowanceSetUp {

    private static final Logger log = LoggerFactory.getLogger(AllowanceSetUp.class);

    private final ClaimRecords records;

    AllowanceSetUp(ClaimRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(ApplicationDecided decided) {
        if (!decided.eligible() || !decided.offers().contains(Offer.MILEAGE_ALLOWANCE) || decided.schoolUrn() == null
                || decided.schoolName() == null) {
            return;
        }
        if (records.allowances.findByApplication(decided.applicationId()).isPresent()) {
            return;
        }
        Long roadMetres = decided.distances().roadMetres();
        if (roadMetres == null || roadMetres <= 0) {
            // Nothing to pay by: the officer re-measures and records the offer again, which sends a new event.
            log.warn("No road distance for {}: no mileage allowance set up until it is measured", decided.reference());
            return;
        }
        MileagePolicy policy = records.policies.inForce(decided.decidedOn());
        var existing = records.allowances.findByHouseholdIdAndSchoolUrn(decided.householdId(), decided.schoolUrn());
        var allowance = existing.orElseGet(() -> new MileageAllowance(decided.householdId(), decided.schoolUrn(), decided.schoolName(),
                roadMetres, MileageRules.oneWayMilesHundredths(roadMetres), decided.distances().method(), decided.distances().indicative(),
                policy, decided.decidedOn(), records.now()));
        var before = existing.map(ClaimRecords::state).orElse(null);
        allowance.cover(decided.childId(), decided.childName(), decided.applicationId(), decided.reference(), decided.decidedOn());
        records.allowances.saveAndFlush(allowance);
        records.publish(before == null
                ? RecordChanged.created(ClaimRecords.ALLOWANCE, allowance.getId(), allowance.getHouseholdId(), ClaimRecords.state(allowance))
                : RecordChanged.changed(ClaimRecords.ALLOWANCE, allowance.getId(), allowance.getHouseholdId(), before, ClaimRecords.state(allowance)));
    }
}
