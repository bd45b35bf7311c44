package org.travelassist.applications;

/**
 * What a review or an appeal concluded: the decision stands, or it is changed in the family's favour. At stage 2
 * the panel "dismisses" or "allows" the appeal; the stored value is the same for both stages.
 */
public enum ChallengeOutcome {
    UPHELD,
    CHANGED;

    public boolean changesDecision() {
        return this == CHANGED;
    }

    /** "Upheld" or "Changed" for a review; "Dismissed" or "Allowed" for an appeal. */
    public String label(ChallengeStage stage) {
        return switch (stage) {
            case REVIEW -> this == UPHELD ? "Upheld" : "Changed";
            case APPEAL -> this == UPHELD ? "Dismissed" : "Allowed";
        };
    }
}
