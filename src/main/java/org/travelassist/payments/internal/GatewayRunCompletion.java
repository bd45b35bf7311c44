package org.travelassist.payments.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.payments.RunStatus;
import org.travelassist.shared.Money;
import org.travelassist.shared.RecordChanged;

/**
 * Closes a gateway's run once the gateway has answered for every payment in it, as recording the bank's returns
 * closes a BACS run: nothing in it is still approved or sent. Checked after each answer, with the run locked, so
 * that of two last answers committing at once the second sees the first and the run is closed exactly once.
 */
@Component
class GatewayRunCompletion {

    static final String RUN = "PaymentRun";

    private final PaymentRunRepository runs;
    private final PaymentInstructionRepository instructions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GatewayRunCompletion(PaymentRunRepository runs, PaymentInstructionRepository instructions, ApplicationEventPublisher events,
            Clock clock) {
        this.runs = runs;
        this.instructions = instructions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void afterAnswerFor(PaymentInstruction payment) {
        UUID runId = payment.runId();
        if (runId == null) {
            return;
        }
        PaymentRun run = runs.lockById(runId).orElseThrow();
        if (run.status() != RunStatus.SUBMITTED || PaymentSettings.paysByFile(run.gateway())) {
            return;
        }
        List<PaymentInstruction> payments = instructions.inRun(runId);
        if (payments.stream().anyMatch(p -> p.status().isOnItsWay())) {
            return;
        }
        var before = run.auditState();
        run.complete(clock.instant());
        var after = new LinkedHashMap<String, @Nullable String>(run.auditState());
        after.put("paid", outcome(payments, PaymentStatus.PAID));
        after.put("failed", outcome(payments, PaymentStatus.FAILED));
        events.publishEvent(RecordChanged.changed(RUN, run.getId(), null, before, after));
    }

    /** "2 of £435.91", like the BACS run's returns. */
    private static String outcome(List<PaymentInstruction> payments, PaymentStatus status) {
        var these = payments.stream().filter(p -> p.status() == status).map(PaymentInstruction::amount).toList();
        return these.size() + " of " + Money.sum(these);
    }
}
