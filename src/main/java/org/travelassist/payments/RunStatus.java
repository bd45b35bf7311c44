package org.travelassist.payments;

import java.util.Map;
import java.util.Optional;

/**
 * A payment run's life: gathered (open), approved by a second finance officer, submitted (the file handed to the
 * bank, or the payouts made), and closed once every payment in it has its outcome: a BACS run when the bank's
 * returns are recorded, a gateway's run when the gateway has reported its last payment paid or failed. An open run
 * may be discarded, which puts its payments back as due.
 */
public enum RunStatus {
    OPEN("Waiting for approval"),
    APPROVED("Approved"),
    SUBMITTED("Sent to the bank"),
    CLOSED("Complete: every payment paid or failed"),
    DISCARDED("Discarded");

    public enum Step {
        APPROVE("approve this run"),
        DISCARD("discard this run"),
        SUBMIT("record this run as sent"),
        CLOSE("record the bank's returns"),
        /** A gateway's run: its last payment has been reported paid or failed. */
        COMPLETE("record that every payment has its outcome");

        public final String words;

        Step(String words) {
            this.words = words;
        }
    }

    private static final Map<RunStatus, Map<Step, RunStatus>> TRANSITIONS = Map.of(
            OPEN, Map.of(Step.APPROVE, APPROVED, Step.DISCARD, DISCARDED),
            APPROVED, Map.of(Step.SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(Step.CLOSE, CLOSED, Step.COMPLETE, CLOSED),
            CLOSED, Map.of(),
            DISCARDED, Map.of());

    public final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public boolean allows(Step step) {
        return TRANSITIONS.get(this).containsKey(step);
    }

    public Optional<RunStatus> after(Step step) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(step));
    }

    /** Approved or later: nothing in it may change but its payments' progress. */
    public boolean isFixed() {
        return this == APPROVED || this == SUBMITTED || this == CLOSED;
    }
}
