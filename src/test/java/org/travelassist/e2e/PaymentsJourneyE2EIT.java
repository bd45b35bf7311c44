package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.TestClock;
import org.travelassist.TestMailServer;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.payments.TestPaymentDue;
import org.travelassist.payments.internal.PaymentInstruction;
import org.travelassist.payments.internal.PaymentInstructionRepository;
import org.travelassist.payments.internal.RunDates;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/**
 * Money to a family, end to end in Chromium with axe on every page: a mileage claim and a budget instalment are due;
 * one finance officer creates the run, a second approves it and downloads its BACS file; the bank's returns fail the
 * claim; the family sees one paid and one not, with the reason; they change their bank details and it is reissued.
 */
class PaymentsJourneyE2EIT extends BrowserJourney {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock.MovableClock clock;
    @Autowired PaymentInstructionRepository instructions;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void a_run_is_approved_by_a_second_officer_paid_by_bacs_and_a_failed_payment_reissued_to_new_bank_details() throws Exception {
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        UUID household = priyasHousehold();
        if (household == null) {
            page.navigate(url("household/children/new"));
            fillChild("Aarav Shah", "LE15 7HY");
            page.locator("#save-child").click();
            assertThat(page.locator("h1")).hasText("Your household");
            household = priyasHousehold();
        }
        // Her bank details were given long ago (or never, in this database): these payments are not held for a change.
        jdbc.update("delete from payments_bank_change where household_id = ?", household);
        LocalDate today = GovukDates.today(clock);
        var claim = due(TestPaymentDue.claim(household, TestPaymentDue.payee(household), Money.ofPence(3_591), today));
        var instalment = due(TestPaymentDue.instalment(household, TestPaymentDue.payee(household), Money.ofPounds(400), today));

        newSession();
        page.navigate(url("sign-in"));
        signInAs("staff", "finance-fatima");
        assertThat(page.locator("h1")).hasText("Payments");
        assertThat(page.locator("#due")).containsText(claim.statementReference());
        assertAccessible("finance payments");
        LocalDate runDate = RunDates.earliest(today, true);
        page.locator("#run-date-day input").fill(String.valueOf(runDate.getDayOfMonth()));
        page.locator("#run-date-month input").fill(String.valueOf(runDate.getMonthValue()));
        page.locator("#run-date-year input").fill(String.valueOf(runDate.getYear()));
        page.locator("#create-run").click();
        assertThat(page.locator("#success-banner")).containsText("Another finance officer must approve it");
        long run = jdbc.queryForObject("select r.run_number from payment_run r join payment_instruction i on i.run_id = r.id where i.id = ?",
                Long.class, claim.getId());
        assertThat(page.locator("#run-" + run + "-four-eyes")).containsText("another finance officer must approve it");
        assertAccessible("finance payments, a run waiting for approval");

        // The second officer approves on the run date's processing cycle; the bank has processed it by then.
        clock.moveTo(runDate.atTime(LocalTime.NOON).atZone(GovukDates.LONDON).toInstant());
        newSession();
        page.navigate(url("sign-in"));
        signInAs("staff", "finance-felix");
        page.locator("#run-" + run + "-approve").click();
        assertThat(page.locator("#success-banner")).containsText("Run " + run + " is approved");
        var download = page.waitForDownload(() -> page.locator("#run-" + run + "-bacs").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("bacs-run-" + run + ".txt");
        String file = Files.readString(download.path(), StandardCharsets.US_ASCII);
        org.assertj.core.api.Assertions.assertThat(file.lines().toList()).first().asString().startsWith("VOL1");
        org.assertj.core.api.Assertions.assertThat(file).contains(claim.statementReference(), instalment.statementReference(),
                claim.payee().accountNumber());
        var csv = page.waitForDownload(() -> page.locator("#run-" + run + "-csv").click());
        org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename()).isEqualTo("payments-run-" + run + ".csv");
        org.assertj.core.api.Assertions.assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8))
                .startsWith("Reference,Payee name,Sort code,Account number").contains(claim.statementReference(),
                        claim.payee().accountNumber(), "35.91");
        assertAccessible("finance payments, an approved run");
        page.locator("#run-" + run + "-submitted").click();
        assertThat(page.locator("#success-banner")).containsText("Run " + run + " is sent");

        Path returns = Files.createTempFile("returns-run-" + run + "-", ".csv");
        try {
            Files.writeString(returns, "Reference,Sort code,Account number,Amount,Reason code\n" + claim.statementReference() + ","
                    + claim.payee().sortCode() + "," + claim.payee().accountNumber() + ",35.91,B\nTotal,,,35.91,1\n");
            page.locator("#run-" + run + "-returns input[type=file]").setInputFiles(returns);
            assertThat(page.locator("#success-banner")).containsText("Returns recorded for Run " + run + ": 1 failed (£35.91)");
        } finally {
            Files.deleteIfExists(returns);
        }
        assertThat(page.locator("#failed")).containsText("The account is closed");
        assertAccessible("finance payments, returns recorded");

        TestMailServer.awaitMailTo("priya.shah@example.com", "We could not pay £35.91");
        newSession();
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        page.navigate(url("payments"));
        assertThat(page.locator("h1")).hasText("Your payments");
        assertThat(page.locator("#payment-" + claim.getId() + "-status")).hasText("Not paid");
        assertThat(page.locator("#payment-" + claim.getId() + "-reason")).containsText("The account is closed");
        assertThat(page.locator("#payment-" + instalment.getId() + "-status")).hasText("Paid");
        assertThat(page.locator("#payment-" + instalment.getId())).containsText("Paid into your account: " + GovukDates.day(runDate));
        assertAccessible("your payments, one paid and one failed");

        page.locator("#payment-" + claim.getId() + "-check-bank-details").click();
        // The held account (from an earlier journey of the same parent) or the empty form, once the page is there.
        page.locator("#change-bank-details, #name-on-the-account").first().waitFor();
        if (page.locator("#change-bank-details").isVisible()) {
            page.locator("#change-bank-details").click();
        }
        page.locator("#name-on-the-account input").fill("Priya Shah");
        page.locator("#sort-code input").fill("40-12-76");
        page.locator("#account-number input").fill(String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L)));
        assertAccessible("bank details from a failed payment");
        page.locator("#save-bank-details").click();
        assertThat(page.locator("h1")).hasText("Your payments");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> instructions.findById(claim.getId()).orElseThrow().status(),
                status -> status == PaymentStatus.REISSUED);
        page.reload();
        assertThat(page.locator("#payment-" + claim.getId() + "-status")).hasText("Sent again");
        assertThat(page.locator(".ta-payment", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Account ending")))
                .not().hasCount(0);
        assertThat(page.locator("#payments-list")).containsText("On hold");
        assertAccessible("your payments, the failed one reissued");
    }

    private PaymentInstruction due(TestPaymentDue payment) {
        return payment.publishAndAwait(transactions, events, instructions);
    }

    private UUID priyasHousehold() {
        return jdbc.query("select household_id from user_account where email = 'priya.shah@example.com'",
                rs -> rs.next() ? rs.getObject(1, UUID.class) : null);
    }
}
