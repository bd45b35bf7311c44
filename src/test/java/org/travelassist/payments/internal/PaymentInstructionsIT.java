package org.travelassist.payments.internal;

import org.travelassist.payments.Balances;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestEvents;
import org.travelassist.accounts.Payee;
import org.travelassist.payments.InvalidPaymentException;
import org.travelassist.payments.PaymentFailed;
import org.travelassist.payments.PaymentSent;
import org.travelassist.payments.PaymentSettled;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.payments.TestPaymentDue;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/**
 * Payment instructions in PostgreSQL: one per payment due however often the event arrives, the payee copied, held
 * after a bank details change, and moved by gateway answers in order of precedence only.
 */
@IntegrationTest
class PaymentInstructionsIT {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired PaymentInstructionRepository instructions;
    @Autowired PaymentRunRepository runs;
    @Autowired PaymentSteps steps;
    @Autowired Payouts payouts;
    @Autowired Ledger ledger;
    @Autowired TestEvents.Recorder recorded;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;

    static PaymentInstruction awaitInstruction(PaymentInstructionRepository instructions, TestPaymentDue due) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(
                () -> instructions.findBySourceKindAndSourceIdOrderByAttemptAsc(due.source().kind(), due.source().id()),
                found -> !found.isEmpty()).getFirst();
    }

    void publish(TestPaymentDue due) {
        transactions.executeWithoutResult(status -> events.publishEvent(due));
    }

    @Test
    void a_payment_due_becomes_one_instruction_with_the_payee_copied_however_often_it_arrives() throws Exception {
        UUID household = UUID.randomUUID();
        Payee payee = TestPaymentDue.payee(household);
        var due = TestPaymentDue.claim(household, payee, Money.ofPence(3_591), LocalDate.of(2026, 12, 1));

        publish(due);
        PaymentInstruction instruction = awaitInstruction(instructions, due);
        publish(due);
        // The second delivery runs after its commit, like the first: wait until the registry says it has run.
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Long.class, "%" + due.source().id() + "%") == 0);

        assertThat(instructions.findBySourceKindAndSourceIdOrderByAttemptAsc(due.source().kind(), due.source().id())).hasSize(1);
        assertThat(instruction.status()).isEqualTo(PaymentStatus.DUE);
        assertThat(instruction.payee()).isEqualTo(payee);
        assertThat(instruction.amount()).isEqualTo(Money.ofPence(3_591));
        assertThat(instruction.statementReference()).isEqualTo(due.statementReference());
        List<org.travelassist.payments.PaymentLine> lines = transactions.execute(s -> instructions.findById(instruction.getId()).orElseThrow().lines());
        assertThat(lines).isEqualTo(due.lines());
        assertThat(ledger.balancesOf(household)).isEqualTo(new Balances(Money.ofPence(3_591), Money.ZERO, Money.ZERO));
    }

    @Test
    void a_payment_to_a_household_whose_bank_details_just_changed_waits_for_an_officer() {
        UUID household = UUID.randomUUID();
        transactions.executeWithoutResult(s -> steps.bankDetailsChanged(household, clock.instant().minus(Duration.ofDays(2))));
        var due = TestPaymentDue.instalment(household, TestPaymentDue.payee(household), Money.ofPounds(400), LocalDate.of(2026, 12, 1));

        publish(due);
        PaymentInstruction instruction = awaitInstruction(instructions, due);

        assertThat(instruction.status()).isEqualTo(PaymentStatus.HELD);
        assertThat(instruction.heldReason()).startsWith("The family changed their bank details on "
                + GovukDates.day(clock.instant().minus(Duration.ofDays(2))));
    }

    @Test
    void a_change_long_ago_does_not_hold_a_payment() {
        UUID household = UUID.randomUUID();
        transactions.executeWithoutResult(s -> steps.bankDetailsChanged(household, clock.instant().minus(Duration.ofDays(40))));
        var due = TestPaymentDue.claim(household, TestPaymentDue.payee(household), Money.ofPounds(12), LocalDate.of(2026, 12, 1));
        publish(due);
        assertThat(awaitInstruction(instructions, due).status()).isEqualTo(PaymentStatus.DUE);
    }

    @Test
    void gateway_answers_move_a_payment_forward_only_and_each_once() {
        UUID household = UUID.randomUUID();
        PaymentInstruction instruction = approved(household, Money.ofPence(12_345));

        payouts.record(instruction.getId(), new PayoutResult.Accepted("tr_1" + instruction.getId()));
        payouts.record(instruction.getId(), new PayoutResult.Accepted("tr_1" + instruction.getId()));
        assertThat(reload(instruction).status()).isEqualTo(PaymentStatus.SENT);
        assertThat(ledger.balancesOf(household).inFlight()).isEqualTo(Money.ofPence(12_345));

        payouts.settled("tr_1" + instruction.getId(), GovukDates.today(clock));
        payouts.record(instruction.getId(), new PayoutResult.Accepted("tr_1" + instruction.getId()));
        payouts.failed("tr_1" + instruction.getId(), "late and wrong");
        payouts.settled("tr_1" + instruction.getId(), GovukDates.today(clock));

        assertThat(reload(instruction).status()).as("paid beats a late accepted or failed").isEqualTo(PaymentStatus.PAID);
        assertThat(ledger.balancesOf(household)).isEqualTo(new Balances(Money.ZERO, Money.ZERO, Money.ofPence(12_345)));
        assertThat(recorded.of(PaymentSent.class)).filteredOn(e -> e.instructionId().equals(instruction.getId())).hasSize(1);
        assertThat(recorded.of(PaymentSettled.class)).filteredOn(e -> e.instructionId().equals(instruction.getId())).hasSize(1);
        assertThat(recorded.of(PaymentFailed.class)).filteredOn(e -> e.instructionId().equals(instruction.getId())).isEmpty();
    }

    @Test
    void a_failed_payment_is_owed_again_and_reissued_to_the_new_bank_details() {
        UUID household = UUID.randomUUID();
        PaymentInstruction instruction = approved(household, Money.ofPence(2_000));
        payouts.record(instruction.getId(), new PayoutResult.Accepted("tr_2" + instruction.getId()));
        payouts.failed("tr_2" + instruction.getId(), "The account is closed");
        payouts.failed("tr_2" + instruction.getId(), "The account is closed");

        PaymentInstruction failed = reload(instruction);
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("The account is closed");
        assertThat(ledger.balancesOf(household)).isEqualTo(new Balances(Money.ofPence(2_000), Money.ZERO, Money.ZERO));
        assertThat(recorded.of(PaymentFailed.class)).filteredOn(e -> e.instructionId().equals(instruction.getId())).hasSize(1);

        Payee newPayee = new Payee(household, UUID.randomUUID(), "PRIYA SHAH", "401276", "87654321", null);
        PaymentInstruction again = transactions.execute(s -> steps.reissue(instructions.findById(instruction.getId()).orElseThrow(), newPayee));

        assertThat(reload(instruction).status()).isEqualTo(PaymentStatus.REISSUED);
        PaymentInstruction reissued = reload(again);
        assertThat(reissued.attempt()).isEqualTo(2);
        assertThat(reissued.reissueOf()).isEqualTo(instruction.getId());
        assertThat(reissued.payee()).isEqualTo(newPayee);
        assertThat(reissued.source()).isEqualTo(instruction.source());
        assertThat(reissued.status()).isIn(PaymentStatus.DUE, PaymentStatus.HELD);
        assertThat(ledger.balancesOf(household).owed()).as("owed once, not twice").isEqualTo(Money.ofPence(2_000));
    }

    @Test
    void a_step_the_table_does_not_allow_is_refused_in_words() {
        UUID household = UUID.randomUUID();
        var due = TestPaymentDue.claim(household, TestPaymentDue.payee(household), Money.ofPounds(5), LocalDate.of(2026, 12, 1));
        publish(due);
        PaymentInstruction instruction = awaitInstruction(instructions, due);
        assertThatThrownBy(() -> instruction.approve(Instant.now()))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessage("You cannot approve it now: this payment is due");
    }

    @Test
    void the_database_refuses_changes_to_a_payment_in_an_approved_run() {
        PaymentInstruction instruction = approved(UUID.randomUUID(), Money.ofPence(700));
        assertThatThrownBy(() -> jdbc.update("update payment_instruction set amount_pence = 70000 where id = ?", instruction.getId()))
                .hasMessageContaining("approved run");
        assertThatThrownBy(() -> jdbc.update("update payment_instruction set status = 'DUE', run_id = null where id = ?", instruction.getId()))
                .hasMessageContaining("approved run");
        assertThatThrownBy(() -> jdbc.update("update payment_run set total_pence = 1 where id = ?", instruction.runId()))
                .hasMessageContaining("approved");
    }

    /** A payment in a run approved by a second officer, as the run service leaves it. */
    PaymentInstruction approved(UUID household, Money amount) {
        var due = TestPaymentDue.claim(household, TestPaymentDue.payee(household), amount, LocalDate.of(2026, 12, 1));
        publish(due);
        UUID id = awaitInstruction(instructions, due).getId();
        transactions.executeWithoutResult(s -> {
            Instant now = clock.instant();
            var run = runs.save(new PaymentRun(runs.nextRunNumber(), LocalDate.of(2026, 12, 10), "stripe", UUID.randomUUID(), "Fatima Khan", now));
            PaymentInstruction instruction = instructions.findById(id).orElseThrow();
            instruction.gatherInto(run.getId(), now);
            run.holds(1, amount);
            runs.flush();
            instructions.flush();
            run.approve(UUID.randomUUID(), "Felix", now);
            instruction.approve(now);
        });
        return reload(instructions.findById(id).orElseThrow());
    }

    PaymentInstruction reload(PaymentInstruction instruction) {
        return instructions.findById(instruction.getId()).orElseThrow();
    }

    static List<UUID> ids(List<PaymentInstruction> list) {
        return list.stream().map(PaymentInstruction::getId).toList();
    }
}
