package org.travelassist.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock;
import org.travelassist.TestEvents;
import org.travelassist.payments.internal.Ledger;
import org.travelassist.payments.internal.PaymentInstruction;
import org.travelassist.payments.internal.PaymentInstructionRepository;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;
import org.travelassist.shared.RecordChanged;

/**
 * Finance holds, releases and cancels single payments: each with a reason kept in the audit trail, only where the
 * payment's status allows it, and only by finance officers.
 */
@IntegrationTest
class SinglePaymentsIT {

    @Autowired SinglePayments singlePayments;
    @Autowired PaymentRuns runs;
    @Autowired AppUserDirectory directory;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired PaymentInstructionRepository instructions;
    @Autowired Ledger ledger;
    @Autowired TestEvents.Recorder recorded;
    @Autowired TestClock.MovableClock clock;

    @AfterEach
    void tidy() {
        clock.reset();
        TestUsers.signOut();
    }

    PaymentInstruction due(TestPaymentDue payment) {
        return payment.publishAndAwait(transactions, events, instructions);
    }

    PaymentInstruction reload(PaymentInstruction instruction) {
        return instructions.findById(instruction.getId()).orElseThrow();
    }

    List<RecordChanged> auditOf(PaymentInstruction instruction) {
        return recorded.of(RecordChanged.class).stream().filter(change -> change.recordId().equals(instruction.getId())).toList();
    }

    @Test
    void a_payment_is_held_with_a_reason_released_once_checked_and_cancelled_each_step_audited() {
        UUID household = UUID.randomUUID();
        PaymentInstruction claim = due(TestPaymentDue.claim(household, TestPaymentDue.payee(household), Money.ofPence(2_250),
                GovukDates.today(clock)));
        TestUsers.newStaff(directory, "FinanceOfficer");

        assertThatThrownBy(() -> singlePayments.hold(claim.getId(), "  ")).hasMessage("Enter why the payment is held");
        assertThatThrownBy(() -> singlePayments.hold(claim.getId(), "x".repeat(301))).hasMessage("Write the reason in 300 characters or fewer");
        assertThatThrownBy(() -> singlePayments.release(claim.getId(), "Checked")).hasMessage("You cannot release it now: this payment is due");
        assertThat(reload(claim).status()).isEqualTo(PaymentStatus.DUE);

        assertThat(singlePayments.hold(claim.getId(), "An overpayment is being recovered")).isEqualTo(PaymentStatus.HELD);
        assertThat(reload(claim).heldReason()).isEqualTo("An overpayment is being recovered");
        assertThat(auditOf(claim)).last().satisfies(change -> {
            assertThat(change.before().get("status")).isEqualTo("DUE");
            assertThat(change.after().get("status")).isEqualTo("HELD");
            assertThat(change.after().get("heldReason")).isEqualTo("An overpayment is being recovered");
        });
        assertThatThrownBy(() -> singlePayments.release(claim.getId(), "")).hasMessage("Enter what you checked before releasing the payment");

        singlePayments.release(claim.getId(), "Phoned Mrs Shah: the recovery is settled");
        assertThat(reload(claim).status()).isEqualTo(PaymentStatus.DUE);
        assertThat(reload(claim).heldReason()).isNull();
        assertThat(auditOf(claim)).last().satisfies(change -> {
            assertThat(change.after().get("status")).isEqualTo("DUE");
            assertThat(change.after().get("releasedBecause")).isEqualTo("Phoned Mrs Shah: the recovery is settled");
        });

        singlePayments.cancel(claim.getId(), "The claim was made twice");
        assertThat(reload(claim).status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(reload(claim).cancelledReason()).isEqualTo("The claim was made twice");
        assertThat(ledger.balancesOf(household).owed()).as("the ledger no longer owes it").isEqualTo(Money.ZERO);
        assertThat(auditOf(claim)).last().satisfies(change -> assertThat(change.after().get("cancelledReason"))
                .isEqualTo("The claim was made twice"));
        assertThatThrownBy(() -> singlePayments.hold(claim.getId(), "Again")).hasMessage("You cannot hold it now: this payment is cancelled");
        assertThatThrownBy(() -> singlePayments.cancel(claim.getId(), "Again")).hasMessage("You cannot cancel it now: this payment is cancelled");
    }

    @Test
    void holding_a_payment_in_an_open_run_takes_it_out_and_the_run_counts_one_fewer() {
        UUID household = UUID.randomUUID();
        PaymentInstruction kept = due(TestPaymentDue.claim(household, TestPaymentDue.payee(household), Money.ofPence(1_000),
                GovukDates.today(clock)));
        PaymentInstruction taken = due(TestPaymentDue.claim(household, TestPaymentDue.payee(household), Money.ofPence(250),
                GovukDates.today(clock)));
        TestUsers.newStaff(directory, "FinanceOfficer");
        RunSummary run = runs.create(runs.earliestRunDate());
        assertThat(reload(taken).runId()).isEqualTo(run.id());

        singlePayments.hold(taken.getId(), "The school queried the days");

        assertThat(reload(taken).status()).isEqualTo(PaymentStatus.HELD);
        assertThat(reload(taken).runId()).isNull();
        RunSummary after = runs.run(run.id());
        assertThat(after.payments()).isEqualTo(run.payments() - 1);
        assertThat(after.total()).isEqualTo(run.total().minus(Money.ofPence(250)));
        assertThat(runs.paymentsIn(run.id())).extracting(PaymentSummary::id).contains(kept.getId()).doesNotContain(taken.getId());
        runs.discard(run.id());
    }

    @Test
    void only_finance_officers_hold_release_or_cancel_a_payment() {
        UUID household = UUID.randomUUID();
        PaymentInstruction claim = due(TestPaymentDue.claim(household, TestPaymentDue.payee(household), Money.ofPence(500),
                GovukDates.today(clock)));
        for (AppUser who : List.of(TestUsers.newParent(directory), TestUsers.newStaff(directory, "TransportOfficer"),
                TestUsers.newStaff(directory, "SeniorTransportOfficer"), TestUsers.newStaff(directory, "TransportManager"),
                TestUsers.newStaff(directory, "SchoolStaff"))) {
            TestUsers.actAs(who);
            assertThatThrownBy(() -> singlePayments.hold(claim.getId(), "Why")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> singlePayments.release(claim.getId(), "Why")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> singlePayments.cancel(claim.getId(), "Why")).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signOut();
        assertThat(reload(claim).status()).isEqualTo(PaymentStatus.DUE);
    }
}
