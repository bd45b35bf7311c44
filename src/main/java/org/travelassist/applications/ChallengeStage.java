package org.travelassist.applications;

/** The two stages of challenging a decision (DOMAIN.md §1.7). Stored as its number. */
public enum ChallengeStage {
    /** A senior officer who did not make the decision looks at it again. */
    REVIEW(1),
    /** An independent panel hears the family. */
    APPEAL(2);

    public final int number;

    ChallengeStage(int number) {
        this.number = number;
    }

    public static ChallengeStage of(int number) {
        for (ChallengeStage stage : values()) {
            if (stage.number == number) {
                return stage;
            }
        }
        throw new IllegalArgumentException("No challenge stage " + number);
    }
}
