package org.travelassist.applications;

import static org.travelassist.applications.ApplicationAction.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where an application is in its life, with the words the family sees, and the one table of what may happen
 * next. Views ask it what to offer ({@link #allows}); the aggregate asks it again at the click, so a page left
 * open can never do what the application's status no longer allows.
 */
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

    /**
     * The transitions: from each status, the actions allowed and the statuses each may lead to. An action that
     * leads back to the same status is allowed without changing it (an assessment, evidence for a hearing).
     * Answering a request goes back to "received" or, once an officer has it, "being assessed".
     */
    private static final Map<ApplicationStatus, Map<ApplicationAction, Set<ApplicationStatus>>> TRANSITIONS = table();

    private static Map<ApplicationStatus, Map<ApplicationAction, Set<ApplicationStatus>>> table() {
        var table = new EnumMap<ApplicationStatus, Map<ApplicationAction, Set<ApplicationStatus>>>(ApplicationStatus.class);
        for (ApplicationStatus status : values()) {
            table.put(status, new EnumMap<>(ApplicationAction.class));
        }
        allow(table, DRAFT, EDIT_ANSWERS, DRAFT);
        allow(table, DRAFT, ADD_EVIDENCE, DRAFT);
        allow(table, DRAFT, SUBMIT, SUBMITTED);
        allow(table, DRAFT, WITHDRAW, WITHDRAWN);
        for (ApplicationStatus beforeDecision : EnumSet.of(SUBMITTED, BEING_ASSESSED)) {
            allow(table, beforeDecision, ASSIGN, BEING_ASSESSED);
            allow(table, beforeDecision, ASSESS, beforeDecision);
            allow(table, beforeDecision, REQUEST_INFORMATION, INFORMATION_NEEDED);
            allow(table, beforeDecision, DECIDE, DECIDED);
            allow(table, beforeDecision, WITHDRAW, WITHDRAWN);
        }
        allow(table, INFORMATION_NEEDED, ASSIGN, INFORMATION_NEEDED);
        allow(table, INFORMATION_NEEDED, ADD_EVIDENCE, INFORMATION_NEEDED);
        allow(table, INFORMATION_NEEDED, ANSWER_INFORMATION, SUBMITTED, BEING_ASSESSED);
        allow(table, INFORMATION_NEEDED, WITHDRAW, WITHDRAWN);
        allow(table, DECIDED, REQUEST_REVIEW, REVIEW_REQUESTED);
        allow(table, REVIEW_REQUESTED, ASSIGN, REVIEW_REQUESTED);
        allow(table, REVIEW_REQUESTED, DECIDE_REVIEW, REVIEW_DECIDED);
        allow(table, REVIEW_DECIDED, APPEAL, APPEAL_REQUESTED);
        // After a review or appeal that changed the decision, the officer records what the council now offers.
        allow(table, REVIEW_DECIDED, RECORD_REVISED_OFFER, REVIEW_DECIDED);
        allow(table, APPEAL_DECIDED, RECORD_REVISED_OFFER, APPEAL_DECIDED);
        allow(table, APPEAL_REQUESTED, ASSIGN, APPEAL_REQUESTED);
        allow(table, APPEAL_REQUESTED, ARRANGE_HEARING, HEARING_ARRANGED);
        allow(table, HEARING_ARRANGED, ASSIGN, HEARING_ARRANGED);
        allow(table, HEARING_ARRANGED, ADD_EVIDENCE, HEARING_ARRANGED);
        allow(table, HEARING_ARRANGED, DECIDE_APPEAL, APPEAL_DECIDED);
        table.replaceAll((status, actions) -> Collections.unmodifiableMap(actions));
        return Collections.unmodifiableMap(table);
    }

    private static void allow(Map<ApplicationStatus, Map<ApplicationAction, Set<ApplicationStatus>>> table, ApplicationStatus from,
            ApplicationAction action, ApplicationStatus... to) {
        table.get(from).put(action, Collections.unmodifiableSet(EnumSet.of(to[0], to)));
    }

    /** Whether {@code action} may happen to an application in this status. */
    public boolean allows(ApplicationAction action) {
        return TRANSITIONS.get(this).containsKey(action);
    }

    /** Whether {@code action} may move an application in this status to {@code next}. */
    public boolean allows(ApplicationAction action, ApplicationStatus next) {
        return TRANSITIONS.get(this).getOrDefault(action, Set.of()).contains(next);
    }

    /** The statuses {@code action} may lead to from this one; empty when it is not allowed. */
    public Set<ApplicationStatus> after(ApplicationAction action) {
        return TRANSITIONS.get(this).getOrDefault(action, Set.of());
    }

    /** Refuses, with words an officer or a family can act on, when {@code action} is not allowed now. */
    public void require(ApplicationAction action) {
        if (!allows(action)) {
            throw refusal(action);
        }
    }

    public InvalidApplicationException refusal(ApplicationAction action) {
        return new InvalidApplicationException("status", "You cannot " + action.description + " now: this application is \""
                + label + "\". Reload the page to see where it is.");
    }

    public boolean canBeWithdrawn() {
        return allows(WITHDRAW);
    }

    /** Before the decision: an officer may assess, ask for information and decide. */
    public boolean canBeDecided() {
        return allows(DECIDE);
    }

    public boolean awaitsReview() {
        return allows(DECIDE_REVIEW);
    }

    public boolean awaitsHearing() {
        return allows(ARRANGE_HEARING);
    }

    public boolean awaitsPanel() {
        return allows(DECIDE_APPEAL);
    }

    /** Still with the council's officers: in the work queue. Every such status lets an officer take it on. */
    public boolean open() {
        return allows(ASSIGN);
    }

    /** A review or appeal has been decided; if it changed the decision, the revised offer is recorded now. */
    public boolean takesRevisedOffer() {
        return allows(RECORD_REVISED_OFFER);
    }

    public String lowerLabel() {
        return label.toLowerCase(Locale.UK);
    }
}
