package org.travelassist.applications;

/**
 * What someone can do to an application. Which of these is allowed in which status, and where each leads, is
 * the one table in {@link ApplicationStatus}; the aggregate refuses anything else.
 */
public enum ApplicationAction {
    EDIT_ANSWERS("change the answers"),
    SUBMIT("send the application"),
    ASSIGN("assign the application"),
    ASSESS("record an assessment"),
    REQUEST_INFORMATION("ask the family for more information"),
    ANSWER_INFORMATION("answer the council's question"),
    ADD_EVIDENCE("add evidence"),
    DECIDE("decide the application"),
    WITHDRAW("withdraw the application"),
    REQUEST_REVIEW("ask for a review"),
    DECIDE_REVIEW("record the review"),
    APPEAL("appeal"),
    ARRANGE_HEARING("arrange the appeal hearing"),
    DECIDE_APPEAL("record the panel's decision"),
    RECORD_REVISED_OFFER("record the revised offer");

    /** Completes "you cannot … now". */
    public final String description;

    ApplicationAction(String description) {
        this.description = description;
    }
}
