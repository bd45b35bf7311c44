package org.travelassist.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.travelassist.shared.RecordRead;

/**
 * Payment runs end to end in the service: only finance officers run them, the approver is never the creator, an
 * approved run cannot change, its BACS file names every payment, and the bank's returns fail some and pay the rest,
 * or are refused whole.
 */
@IntegrationTest
class PaymentRunsIT {

    @Autowired PaymentRuns runs;
    @Autowired SinglePayments singlePayments;
    @Autowired RunFiles files;
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

    @Test
    void only_finance_officers_see_and_run_payments() {
        for (AppUser who : List.of(TestUsers.newParent(directory), TestUsers.newStaff(directory, "TransportOfficer"),
                TestUsers.newStaff(directory, "SeniorTransportOfficer"), TestUsers.newStaff(directory, "TransportManager"))) {
            TestUsers.actAs(who);
            assertThatThrownBy(() -> runs.overview()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.create(LocalDate.of(2026, 12, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.approve(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> files.bacsFile(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> files.csvFile(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.recordReturns(UUID.randomUUID(), new byte[0])).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_run_is_gathered_approved_by_a_second_officer_sent_and_settled_by_the_bank_returns() throws Exception {
        UUID household = UUID.randomUUID();
        LocalDate today = GovukDates.today(clock);
        PaymentInstruction claim = due(TestPaymentDue.claim(household, TestPaymentDue.payee(household), Money.ofPence(3_591), today));
        PaymentInstruction instalment = due(TestPaymentDue.instalment(household, TestPaymentDue.payee(household), Money.ofPounds(400), today));
        AppUser fatima = TestUsers.newStaff(directory, "FinanceOfficer");
        AppUser felix = TestUsers.newStaff(directory, "FinanceOfficer");

        TestUsers.actAs(fatima);
        LocalDate runDate = runs.earliestRunDate();
        RunSummary run = runs.create(runDate);
        assertThat(reload(claim).status()).isEqualTo(PaymentStatus.IN_RUN);
        assertThat(runs.paymentsIn(run.id())).extracting(PaymentSummary::id).contains(claim.getId(), instalment.getId());
        assertThatThrownBy(() -> runs.approve(run.id())).isInstanceOf(InvalidPaymentException.class)
                .hasMessage("You created this payment run, so another finance officer must approve it");
        assertThatThrownBy(() -> files.bacsFile(run.id())).hasMessageContaining("once a second finance officer has approved");
        assertThatThrownBy(() -> files.csvFile(run.id())).hasMessageContaining("once a second finance officer has approved");

        TestUsers.actAs(felix);
        assertThat(runs.approve(run.id()).approvedBy()).isEqualTo(felix.displayName());
        assertThat(reload(claim).status()).isEqualTo(PaymentStatus.APPROVED);
        assertThatThrownBy(() -> runs.discard(run.id())).hasMessage("You cannot discard this run now: it is approved");
        assertThatThrownBy(() -> singlePayments.hold(claim.getId(), "Recovery")).hasMessage("You cannot hold it now: this payment is approved");

        RunFile file = files.bacsFile(run.id());
        String text = new String(file.content(), StandardCharsets.US_ASCII);
        assertThat(text).contains(claim.payee().accountNumber(), claim.statementReference(), instalment.statementReference());
        assertThat(recorded.of(RecordRead.class)).anyMatch(read -> read.recordId().equals(run.id().toString()));

        RunFile csv = files.csvFile(run.id());
        assertThat(csv.name()).isEqualTo("payments-run-" + run.number() + ".csv");
        assertThat(csv.contentType()).isEqualTo("text/csv");
        var rows = org.travelassist.payments.internal.RunCsvTest.parse(csv.content());
        assertThat(rows).as("one row per payment, no totals row").hasSize(run.payments());
        var claimRow = rows.stream().filter(row -> row.get("Payment id").equals(claim.getId().toString())).findFirst().orElseThrow();
        assertThat(claimRow.get("Reference")).isEqualTo(claim.statementReference());
        assertThat(claimRow.get("Sort code")).isEqualTo(claim.payee().sortCode());
        assertThat(claimRow.get("Account number")).as("in full, as in the BACS file").isEqualTo(claim.payee().accountNumber());
        assertThat(claimRow.get("Amount")).isEqualTo("35.91");
        assertThat(claimRow.get("Payment date")).isEqualTo(runDate.toString());
        assertThat(recorded.of(RecordRead.class)).anyMatch(read -> read.recordId().equals(run.id().toString())
                && read.what().equals("CSV payments-run-" + run.number() + ".csv"));

        runs.recordSubmitted(run.id());
        assertThat(reload(claim).status()).isEqualTo(PaymentStatus.SENT);
        assertThat(reload(claim).expectedOn()).isEqualTo(runDate);
        assertThat(recorded.of(PaymentSent.class)).anyMatch(sent -> sent.instructionId().equals(claim.getId()));
        assertThat(ledger.balancesOf(household).inFlight()).isEqualTo(Money.ofPence(43_591));

        byte[] returns = ("Reference,Sort code,Account number,Amount,Reason code\n" + claim.statementReference() + ","
                + claim.payee().sortCode() + "," + claim.payee().accountNumber() + ",35.91,B\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> runs.recordReturns(run.id(), returns)).hasMessageContaining("after it processes the run");

        clock.moveTo(runDate.atTime(LocalTime.NOON).atZone(GovukDates.LONDON).toInstant());
        byte[] broken = ("Reference,Sort code,Account number,Amount,Reason code\n" + claim.statementReference() + ","
                + claim.payee().sortCode() + "," + claim.payee().accountNumber() + ",35.91,B\nTA NOBODY,000000,00000000,1.00,B\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> runs.recordReturns(run.id(), broken)).hasMessageStartingWith("Row 3: no payment in this run");
        assertThat(reload(claim).status()).as("nothing half-applied").isEqualTo(PaymentStatus.SENT);

        ReturnsRecorded recordedReturns = runs.recordReturns(run.id(), returns);
        assertThat(recordedReturns.failed()).isEqualTo(1);
        assertThat(reload(claim).status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(reload(claim).failureReason()).isEqualTo("The account is closed");
        assertThat(reload(instalment).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(reload(instalment).paidOn()).isEqualTo(runDate);
        assertThat(ledger.balancesOf(household)).isEqualTo(new Balances(Money.ofPence(3_591), Money.ZERO, Money.ofPounds(400)));
        assertThat(recorded.of(PaymentFailed.class)).anyMatch(failed -> failed.instructionId().equals(claim.getId())
                && failed.reason().equals("The account is closed"));
        assertThat(recorded.of(PaymentSettled.class)).anyMatch(settled -> settled.instructionId().equals(instalment.getId()));
        assertThatThrownBy(() -> runs.recordReturns(run.id(), returns)).hasMessageContaining("only once");
    }

    @Test
    void a_run_date_must_leave_the_bank_time_and_be_a_working_day() {
        TestUsers.newStaff(directory, "FinanceOfficer");
        LocalDate today = GovukDates.today(clock);
        assertThatThrownBy(() -> runs.create(today)).hasMessageStartingWith("Choose a");
        assertThatThrownBy(() -> runs.create(LocalDate.of(2026, 12, 25))).hasMessageContaining("bank holiday");
        assertThatThrownBy(() -> runs.create(LocalDate.of(2030, 1, 7))).hasMessage("Choose a run date in 2026 to 2028");
    }

    @Test
    void a_discarded_run_puts_its_payments_back_as_due() {
        UUID household = UUID.randomUUID();
        PaymentInstruction claim = due(TestPaymentDue.claim(household, TestPaymentDue.payee(household), Money.ofPence(999),
                GovukDates.today(clock)));
        TestUsers.newStaff(directory, "FinanceOfficer");
        RunSummary run = runs.create(runs.earliestRunDate());
        runs.discard(run.id());
        assertThat(reload(claim).status()).isEqualTo(PaymentStatus.DUE);
        assertThat(reload(claim).runId()).isNull();
        assertThat(runs.run(run.id()).status()).isEqualTo(RunStatus.DISCARDED);
    }
}
