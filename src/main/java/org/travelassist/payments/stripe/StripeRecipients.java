package org.travelassist.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.Payee;
import org.travelassist.payments.stripe.StripeCalls.StripeUnreachable;

/**
 * The Stripe connected account that receives a family's payouts: a Custom account under the recipient service
 * agreement, whose bank account is the one the parent gave the council. The family never signs up to Stripe. One per
 * version of the bank details ({@link Payee#bankDetailsId()}), made once: its idempotency key is derived from that
 * version, so a lost answer and a retry still make one account.
 */
@Component
@ConditionalOnExpression(StripeConfiguration.STRIPE_CONFIGURED)
class StripeRecipients {

    private final StripeClient stripe;
    private final StripeCalls calls;
    private final JdbcClient jdbc;
    private final Clock clock;

    StripeRecipients(StripeClient stripe, StripeCalls calls, JdbcClient jdbc, Clock clock) {
        this.stripe = stripe;
        this.calls = calls;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String idempotencyKey(UUID bankDetailsId) {
        return "recipient:" + bankDetailsId + ":v1";
    }

    String accountFor(Payee payee) throws StripeException, StripeUnreachable {
        Optional<String> known = stored(payee.bankDetailsId());
        if (known.isPresent()) {
            return known.get();
        }
        Map<String, Object> bankAccount = new LinkedHashMap<>();
        bankAccount.put("object", "bank_account");
        bankAccount.put("country", "GB");
        bankAccount.put("currency", "gbp");
        bankAccount.put("routing_number", payee.sortCode());
        bankAccount.put("account_number", payee.accountNumber());
        bankAccount.put("account_holder_name", payee.accountName());
        var params = AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.CUSTOM)
                .setCountry("GB")
                .setBusinessType(AccountCreateParams.BusinessType.INDIVIDUAL)
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .build())
                .setTosAcceptance(AccountCreateParams.TosAcceptance.builder().setServiceAgreement("recipient").build())
                .putMetadata("household_id", payee.householdId().toString())
                .putMetadata("bank_details_id", payee.bankDetailsId().toString())
                // The typed builder takes only a token; Stripe also takes the bank account itself.
                .putExtraParam("external_account", bankAccount)
                .build();
        var options = RequestOptions.builder().setIdempotencyKey(idempotencyKey(payee.bankDetailsId())).build();
        Account account = calls.call("Recipient for bank details " + payee.bankDetailsId(),
                () -> stripe.v1().accounts().create(params, options));
        jdbc.sql("""
                insert into stripe_recipient (bank_details_id, household_id, account_id, created_at)
                values (:bankDetails, :household, :account, :now) on conflict (bank_details_id) do nothing""")
                .param("bankDetails", payee.bankDetailsId())
                .param("household", payee.householdId())
                .param("account", account.getId())
                .param("now", OffsetDateTime.now(clock))
                .update();
        return stored(payee.bankDetailsId()).orElseThrow();
    }

    private Optional<String> stored(UUID bankDetailsId) {
        return jdbc.sql("select account_id from stripe_recipient where bank_details_id = :id")
                .param("id", bankDetailsId)
                .query(String.class)
                .optional();
    }
}
