package org.travelassist.applications;

/** Where an application is in its life, with the words the family sees. */
public enum ApplicationStatus {
    DRAFT("Not sent yet", "Finish your answers and send the application."),
    SUBMITTED("Received", "A transport officer will look at the application and decide by the date shown."),
    BEING_ASSESSED("Being assessed", "A transport officer is assessing the application and will decide by the date shown."),
    INFORMATION_NEEDED("More information needed", "Answer the council's question below so that it can decide."),
    DECIDED("Decided", "Read the decision letter. If you disagree, you can ask for a review by the date shown."),
    REVIEW_REQUESTED("Review requested", "A senior officer who did not make the decision will review it by the date shown."),
    REVIEW_DECIDED("Review decided", "Read the review letter. If you still disagree, you can appeal by the date shown."),
    APPEAL_REQUESTED("Appeal requested", "An independent appeal panel will hear your appeal by the date shown."),
    HEARING_ARRANGED("Appeal hearing arranged", "Send any further evidence by the date shown. The panel writes to you after the hearing."),
    APPEAL_DECIDED("Appeal decided", "Read the panel's letter. This is the council's final decision."),
    WITHDRAWN("Withdrawn", "You withdrew this application. You can start a new one at any time.");

    public final String label;
    public final String whatHappensNext;

    ApplicationStatus(String label, String whatHappensNext) {
        this.label = label;
        this.whatHappensNext = whatHappensNext;
    }

    /** Still with the council's officers: in the work queue. */
    public boolean open() {
        return this == SUBMITTED || this == BEING_ASSESSED || this == INFORMATION_NEEDED || this == REVIEW_REQUESTED
                || this == APPEAL_REQUESTED || this == HEARING_ARRANGED;
    }
}
