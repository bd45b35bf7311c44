package org.travelassist.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.stripe.StripeClient;
import com.stripe.net.RequestOptions;
import com.stripe.param.TransferCreateParams;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.accounts.Payee;
import org.travelassist.payments.stripe.local.FakeStripe;
import org.travelassist.reporting.internal.RetentionRunner;
import org.travelassist.shared.GovukDates;

/**
 * When retention deletes a household's bank details, the Stripe connected account that holds the same bank account
 * is deleted at Stripe, through the real client against the fake, and then the portal's record of it, audited. An
 * account with a balance still to pay out is refused, as Stripe refuses a live one, and is closed on a later run.
 */
@IntegrationTest
class StripeRecipientClosuresIT {

    /** On this day the defaults delete bank details whose last payment was in the financial year to 31 March 2024 or before. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired RetentionRunner retention;
    @Autowired StripeRecipientClosures closures;
    @Autowired StripeRecipients recipients;
    @Autowired StripeClient stripe;
    @Autowired FakeStripe fake;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_connected_account_goes_at_stripe_with_the_bank_details_and_one_with_a_balance_goes_once_it_is_paid_out() throws Exception {
        Payee settled = payeeLastPaidIn2019("11112222");
        Payee withBalance = payeeLastPaidIn2019("33334444");
        String settledAccount = recipients.accountFor(settled);
        String balanceAccount = recipients.accountFor(withBalance);
        Payee stillPaid = payee(UUID.randomUUID(), "55556666");
        jdbc.update("insert into household (id, created_at) values (?, now())", stillPaid.householdId());
        bankDetails(stillPaid, LocalDate.of(2026, 9, 1));
        String stillPaidAccount = recipients.accountFor(stillPaid);
        fake.holdEvents(true);
        try {
            transferTo(balanceAccount);

            var counts = retention.apply(TODAY, null);
            assertThat(counts.get("stripeAccountsToClose")).isGreaterThanOrEqualTo(2);
            assertThat(marked(settled)).as("marked with its bank details' deletion").isNotNull();
            assertThat(marked(stillPaid)).as("bank details still needed: the account stays").isNull();
            assertThat(retention.apply(TODAY, null).get("stripeAccountsToClose")).as("marked once").isZero();

            var first = closures.closeAll();
            assertThat(deleted(settledAccount)).as("Stripe was told, and held this bank account")
                    .allSatisfy(account -> assertThat(account.get("_account_number").getAsString()).isEqualTo("11112222")).hasSize(1);
            assertThat(recipientRows(settled)).as("the portal's record goes once Stripe has deleted it").isZero();
            assertThat(deleted(balanceAccount)).as("refused while its balance is not paid out").isEmpty();
            assertThat(recipientRows(withBalance)).isEqualTo(1);
            assertThat(first.left()).isGreaterThanOrEqualTo(1);
            assertThat(fake.accounts()).extracting(a -> a.get("id").getAsString()).contains(stillPaidAccount, balanceAccount)
                    .doesNotContain(settledAccount);

            fake.payOutBalances();
            closures.closeAll();
            assertThat(deleted(balanceAccount)).hasSize(1);
            assertThat(recipientRows(withBalance)).isZero();
        } finally {
            fake.takeEvents();
            fake.holdEvents(false);
        }
        assertThat(closures.closeAll().closed()).as("nothing left to close").isZero();
        assertThat(recipientRows(stillPaid)).isEqualTo(1);
        assertThat(fake.violations()).noneMatch(v -> v.contains(settledAccount) || v.contains(balanceAccount) || v.contains("DELETE"));
        var audited = jdbc.queryForMap("select before_state ->> 'accountId' as account, before_state ->> 'atStripe' as outcome, household_id "
                + "from audit_record where record_type = 'StripeRecipient' and record_id = ?", settled.bankDetailsId().toString());
        assertThat(audited).containsEntry("account", settledAccount).containsEntry("outcome", "deleted")
                .containsEntry("household_id", settled.householdId());
    }

    @Test
    void an_account_stripe_no_longer_knows_is_already_gone() {
        Payee payee = payee(UUID.randomUUID(), "77778888");
        jdbc.update("""
                insert into stripe_recipient (bank_details_id, household_id, account_id, created_at, bank_details_deleted_at)
                values (?, ?, ?, now(), now())""", payee.bankDetailsId(), payee.householdId(), "acct_never_made_" + payee.bankDetailsId());

        closures.closeAll();

        assertThat(recipientRows(payee)).isZero();
        assertThat(jdbc.queryForObject("select before_state ->> 'atStripe' from audit_record where record_type = 'StripeRecipient' "
                + "and record_id = ?", String.class, payee.bankDetailsId().toString())).isEqualTo("already gone");
    }

    /** A household made in 2015, its parent last signed in in 2019, with bank details of 2018 and its last payment in 2019. */
    private Payee payeeLastPaidIn2019(String accountNumber) {
        Payee payee = payee(UUID.randomUUID(), accountNumber);
        jdbc.update("insert into household (id, created_at) values (?, ?)", payee.householdId(), at(LocalDate.of(2015, 9, 1)));
        bankDetails(payee, LocalDate.of(2018, 1, 5));
        jdbc.update("""
                insert into payment_instruction (id, version, source_kind, source_id, attempt, household_id, payee_bank_details, payee_name,
                    payee_sort_code, payee_account_number, amount_pence, due_on, statement_reference, description, status, paid_on,
                    created_at, updated_at)
                values (?, 0, 'BUDGET_INSTALMENT', ?, 1, ?, ?, 'P Shah', '309634', ?, 5000, '2019-06-05', ?, 'Budget', 'PAID', '2019-06-10',
                    now(), now())""", UUID.randomUUID(), UUID.randomUUID(), payee.householdId(), payee.bankDetailsId(), accountNumber,
                "TA" + payee.bankDetailsId().toString().substring(0, 8));
        return payee;
    }

    private static Payee payee(UUID household, String accountNumber) {
        return new Payee(household, UUID.randomUUID(), "P Shah", "309634", accountNumber, null);
    }

    private void bankDetails(Payee payee, LocalDate changed) {
        UUID account = UUID.randomUUID();
        jdbc.update("""
                insert into user_account (id, identity_provider, subject, email, display_name, household_id, created_at, last_signed_in_at)
                values (?, 'families', ?, 'parent@example.org', 'Priya Shah', ?, ?, ?)""", account, "closures-" + account, payee.householdId(),
                at(changed), at(changed));
        jdbc.update("""
                insert into bank_details (id, household_id, revision, account_name, sort_code, account_number_cipher, account_ending,
                    changed_by, changed_by_name, changed_at)
                values (?, ?, 1, 'P Shah', '309634', ?, ?, ?, 'Priya Shah', ?)""", payee.bankDetailsId(), payee.householdId(), new byte[] {9},
                payee.accountNumber().substring(4), account, at(changed));
    }

    /** A transfer the account has not been paid out yet, so its balance is not zero. */
    private void transferTo(String account) throws Exception {
        UUID instruction = UUID.randomUUID();
        var params = TransferCreateParams.builder().setAmount(1500L).setCurrency("gbp").setDestination(account)
                .setTransferGroup(StripePayoutGateway.transferGroup(instruction)).putMetadata("instruction_id", instruction.toString())
                .build();
        stripe.v1().transfers().create(params, RequestOptions.builder().setIdempotencyKey("payout:" + instruction + ":1").build());
    }

    private List<JsonObject> deleted(String account) {
        return fake.deletedAccounts().stream().filter(a -> a.get("id").getAsString().equals(account)).toList();
    }

    private Timestamp marked(Payee payee) {
        return jdbc.queryForObject("select bank_details_deleted_at from stripe_recipient where bank_details_id = ?", Timestamp.class,
                payee.bankDetailsId());
    }

    private int recipientRows(Payee payee) {
        return jdbc.queryForObject("select count(*) from stripe_recipient where bank_details_id = ?", Integer.class, payee.bankDetailsId());
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(LocalTime.NOON).atZone(GovukDates.LONDON).toInstant());
    }
}
