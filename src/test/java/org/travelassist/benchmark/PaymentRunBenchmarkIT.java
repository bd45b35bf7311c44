package org.travelassist.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.payments.PaymentRuns;
import org.travelassist.payments.RunFile;
import org.travelassist.payments.RunSummary;
import org.travelassist.payments.TestPaymentDue;
import org.travelassist.payments.internal.PaymentSteps;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/**
 * A payment run of 10,000 instructions, from gathering to the finished Standard 18 file: create the run (gather
 * every due payment), have a second officer approve it, and make its BACS file. Run with {@code ./mvnw verify -Pbenchmark}.
 */
@IntegrationTest
@Tag("benchmark")
class PaymentRunBenchmarkIT {

    static final int PAYMENTS = 10_000;

    @Autowired PaymentSteps steps;
    @Autowired PaymentRuns runs;
    @Autowired org.travelassist.payments.RunFiles files;
    @Autowired TransactionTemplate transactions;
    @Autowired AppUserDirectory directory;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void ten_thousand_payments_from_gathering_to_the_bacs_file() {
        var today = GovukDates.today(clock);
        for (int batch = 0; batch < PAYMENTS / 500; batch++) {
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < 500; i++) {
                    UUID household = UUID.randomUUID();
                    steps.create(TestPaymentDue.claim(household, TestPaymentDue.payee(household), Money.ofPence(1_000 + i), today));
                }
            });
        }
        var creator = TestUsers.newStaff(directory, "FinanceOfficer");
        var approver = TestUsers.newStaff(directory, "FinanceOfficer");

        long start = System.nanoTime();
        TestUsers.actAs(creator);
        RunSummary run = runs.create(runs.earliestRunDate());
        long gathered = System.nanoTime();
        TestUsers.actAs(approver);
        runs.approve(run.id());
        long approved = System.nanoTime();
        RunFile file = files.bacsFile(run.id());
        long written = System.nanoTime();

        assertThat(run.payments()).isGreaterThanOrEqualTo(PAYMENTS);
        BenchmarkReport.section("Payment run of " + run.payments() + " payments to a BACS Standard 18 file",
                "| step | time |\n|---|---|\n"
                        + "| gather every due payment into a run (hold check on each) | " + BenchmarkReport.ms((gathered - start) / 1e6) + " |\n"
                        + "| approve it (second finance officer) | " + BenchmarkReport.ms((approved - gathered) / 1e6) + " |\n"
                        + "| write the Standard 18 file | " + BenchmarkReport.ms((written - approved) / 1e6) + " |\n"
                        + "| **total, gathering to file** | **" + BenchmarkReport.ms((written - start) / 1e6) + "** |\n\n"
                        + "File: " + file.content().length + " bytes (" + (file.content().length / 1024) + " KiB), "
                        + run.payments() + " standard records and the contra, for " + run.total() + ".");
    }
}
