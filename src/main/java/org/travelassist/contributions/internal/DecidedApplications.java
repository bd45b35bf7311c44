package org.travelassist.contributions.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.applications.ApplicationDecided;

/** Keeps the decided applications a charge may be set on, from the decision's own event. */
@Component
class DecidedApplications {

    private final ChargeApplicationRepository applications;

    DecidedApplications(ChargeApplicationRepository applications) {
        this.applications = applications;
    }

    @ApplicationModuleListener
    void on(ApplicationDecided decided) {
        applications.findById(decided.applicationId()).ifPresentOrElse(
                known -> known.decidedAgain(decided.schoolName(), decided.decidedOn()),
                () -> applications.save(new ChargeApplication(decided.applicationId(), decided.reference(), decided.householdId(),
                        decided.childName(), decided.schoolName(), decided.decidedOn())));
    }
}
