package org.travelassist.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every status against every action: exactly the life drawn in {@link PaymentStatus}, and nothing else. */
class PaymentStatusTest {

    private static final Map<PaymentStatus, Set<PaymentAction>> ALLOWED = Map.of(
            PaymentStatus.DUE, Set.of(PaymentAction.GATHER, PaymentAction.HOLD, PaymentAction.CANCEL),
            PaymentStatus.HELD, Set.of(PaymentAction.RELEASE, PaymentAction.CANCEL),
            PaymentStatus.IN_RUN, Set.of(PaymentAction.APPROVE, PaymentAction.DROP, PaymentAction.HOLD),
            PaymentStatus.APPROVED, Set.of(PaymentAction.SEND, PaymentAction.FAIL),
            PaymentStatus.SENT, Set.of(PaymentAction.SETTLE, PaymentAction.FAIL),
            PaymentStatus.PAID, Set.of(),
            PaymentStatus.FAILED, Set.of(PaymentAction.REISSUE, PaymentAction.CANCEL),
            PaymentStatus.REISSUED, Set.of(),
            PaymentStatus.CANCELLED, Set.of());

    @Test
    void each_status_allows_exactly_its_actions() {
        for (PaymentStatus status : PaymentStatus.values()) {
            for (PaymentAction action : PaymentAction.values()) {
                assertThat(status.allows(action)).as(status + " " + action).isEqualTo(ALLOWED.get(status).contains(action));
                assertThat(status.after(action).isPresent()).isEqualTo(status.allows(action));
            }
        }
    }

    @Test
    void the_way_to_paid_and_the_way_back_from_a_failure() {
        assertThat(PaymentStatus.DUE.after(PaymentAction.GATHER)).contains(PaymentStatus.IN_RUN);
        assertThat(PaymentStatus.IN_RUN.after(PaymentAction.APPROVE)).contains(PaymentStatus.APPROVED);
        assertThat(PaymentStatus.APPROVED.after(PaymentAction.SEND)).contains(PaymentStatus.SENT);
        assertThat(PaymentStatus.SENT.after(PaymentAction.SETTLE)).contains(PaymentStatus.PAID);
        assertThat(PaymentStatus.SENT.after(PaymentAction.FAIL)).contains(PaymentStatus.FAILED);
        assertThat(PaymentStatus.FAILED.after(PaymentAction.REISSUE)).contains(PaymentStatus.REISSUED);
        assertThat(PaymentStatus.HELD.after(PaymentAction.RELEASE)).contains(PaymentStatus.DUE);
        assertThat(PaymentStatus.IN_RUN.after(PaymentAction.DROP)).contains(PaymentStatus.DUE);
    }

    @Test
    void paid_reissued_and_cancelled_are_final() {
        var finals = EnumSet.noneOf(PaymentStatus.class);
        for (PaymentStatus status : PaymentStatus.values()) {
            if (status.isFinal()) {
                finals.add(status);
            }
        }
        assertThat(finals).containsExactlyInAnyOrder(PaymentStatus.PAID, PaymentStatus.REISSUED, PaymentStatus.CANCELLED);
    }

    @Test
    void an_approved_run_only_moves_forward() {
        assertThat(RunStatus.OPEN.after(RunStatus.Step.APPROVE)).contains(RunStatus.APPROVED);
        assertThat(RunStatus.OPEN.after(RunStatus.Step.DISCARD)).contains(RunStatus.DISCARDED);
        assertThat(RunStatus.APPROVED.allows(RunStatus.Step.DISCARD)).isFalse();
        assertThat(RunStatus.APPROVED.after(RunStatus.Step.SUBMIT)).contains(RunStatus.SUBMITTED);
        assertThat(RunStatus.SUBMITTED.after(RunStatus.Step.CLOSE)).contains(RunStatus.CLOSED);
        assertThat(RunStatus.SUBMITTED.after(RunStatus.Step.COMPLETE)).as("a gateway's run, every payout answered").contains(RunStatus.CLOSED);
        assertThat(RunStatus.APPROVED.allows(RunStatus.Step.COMPLETE)).isFalse();
        assertThat(RunStatus.CLOSED.allows(RunStatus.Step.COMPLETE)).as("closed once").isFalse();
        assertThat(RunStatus.CLOSED.isFixed()).isTrue();
        assertThat(RunStatus.OPEN.isFixed()).isFalse();
    }
}
