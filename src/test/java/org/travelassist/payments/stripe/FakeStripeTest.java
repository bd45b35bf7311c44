package org.travelassist.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.net.RequestOptions;
import com.stripe.param.TransferCreateParams;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.travelassist.payments.stripe.local.FakeStripe;

/** The fake checks what the real stripe-java client sends, and fails the way a network does when asked to. */
class FakeStripeTest {

    final FakeStripe fake = FakeStripe.start(0, "sk_test_fake", "whsec_fake");
    final StripeClient stripe = client("sk_test_fake");

    StripeClient client(String key) {
        return StripeClient.builder().setApiKey(key).setApiBase(fake.apiBase()).setReadTimeout(1000).setMaxNetworkRetries(0).build();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    String recipient() throws Exception {
        return stripe.v1().accounts().create(com.stripe.param.AccountCreateParams.builder()
                .setType(com.stripe.param.AccountCreateParams.Type.CUSTOM).setCountry("GB")
                .setCapabilities(com.stripe.param.AccountCreateParams.Capabilities.builder()
                        .setTransfers(com.stripe.param.AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build()).build())
                .setTosAcceptance(com.stripe.param.AccountCreateParams.TosAcceptance.builder().setServiceAgreement("recipient").build())
                .putMetadata("bank_details_id", "bd1")
                .putExtraParam("external_account", java.util.Map.of("object", "bank_account", "country", "GB", "currency", "gbp",
                        "routing_number", "123456", "account_number", "12345678", "account_holder_name", "Priya Shah"))
                .build(), RequestOptions.builder().setIdempotencyKey("recipient:bd1:v1").build()).getId();
    }

    static final String INSTRUCTION = "6c1f3f0e-3b2a-4d9e-9d43-1b1f4c0a7e21";

    TransferCreateParams transfer(String destination, long pence, String currency) {
        return TransferCreateParams.builder().setAmount(pence).setCurrency(currency).setDestination(destination)
                .setTransferGroup("instruction_" + INSTRUCTION).putMetadata("instruction_id", INSTRUCTION).build();
    }

    RequestOptions key(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    @Test
    void the_same_idempotency_key_returns_the_first_transfer_and_makes_no_second() throws Exception {
        String account = recipient();
        var first = stripe.v1().transfers().create(transfer(account, 1234, "gbp"), key("payout:" + INSTRUCTION + ":v1"));
        var again = stripe.v1().transfers().create(transfer(account, 1234, "gbp"), key("payout:" + INSTRUCTION + ":v1"));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(first.getAmount()).isEqualTo(1234);
        assertThat(fake.transfers()).hasSize(1);
        assertThat(fake.violations()).isEmpty();
    }

    @Test
    void a_key_reused_for_different_parameters_is_refused_and_reported() throws Exception {
        String account = recipient();
        stripe.v1().transfers().create(transfer(account, 1234, "gbp"), key("payout:" + INSTRUCTION + ":v1"));

        assertThatThrownBy(() -> stripe.v1().transfers().create(transfer(account, 999, "gbp"), key("payout:" + INSTRUCTION + ":v1")))
                .isInstanceOf(IdempotencyException.class);
        assertThat(fake.violations()).singleElement().asString().contains("reused with different parameters");
    }

    @Test
    void a_key_not_derived_from_the_payment_a_wrong_currency_and_a_wrong_secret_are_all_reported() throws Exception {
        String account = recipient();
        // stripe-java makes up a random key when given none: every retry would then be a new transfer.
        stripe.v1().transfers().create(transfer(account, 100, "gbp"));
        assertThatThrownBy(() -> stripe.v1().transfers().create(transfer(account, 100, "eur"), key("payout:" + INSTRUCTION + ":v2")))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> client("sk_test_wrong").v1().transfers().create(transfer(account, 100, "gbp"), key("payout:" + INSTRUCTION + ":v3")))
                .isInstanceOf(AuthenticationException.class);

        assertThat(fake.violations()).hasSize(3)
                .anySatisfy(v -> assertThat(v).contains("is not derived from what it pays"))
                .anySatisfy(v -> assertThat(v).contains("currency must be 'gbp'"))
                .anySatisfy(v -> assertThat(v).contains("Authorization"));
        assertThat(fake.transfers()).hasSize(1);
    }

    @Test
    void a_lost_answer_after_the_transfer_was_made_is_cured_by_retrying_with_the_same_key() throws Exception {
        String account = recipient();
        fake.answerLateBy(Duration.ofMillis(2000));
        fake.injectFailures(1.0, 7); // every POST fails in one of the three ways
        var calls = new StripeCalls(1, Duration.ZERO);
        int failures = 0;
        for (int i = 0; i < 3; i++) {
            try {
                calls.call("transfer", () -> stripe.v1().transfers().create(transfer(account, 500, "gbp"), key("payout:" + INSTRUCTION + ":v1")));
            } catch (StripeCalls.StripeUnreachable e) {
                failures++;
                assertThat(e.getCause()).isInstanceOfAny(ApiConnectionException.class, com.stripe.exception.ApiException.class);
            }
        }
        fake.injectFailures(0, 0);
        var transfer = stripe.v1().transfers().create(transfer(account, 500, "gbp"), key("payout:" + INSTRUCTION + ":v1"));

        assertThat(failures).isEqualTo(3);
        assertThat(fake.transfers()).singleElement().satisfies(t -> assertThat(t.get("id").getAsString()).isEqualTo(transfer.getId()));
        assertThat(fake.violations()).isEmpty();
    }

    @Test
    void retries_back_off_and_then_succeed_through_injected_failures() throws Exception {
        String account = recipient();
        fake.answerLateBy(Duration.ofMillis(2000));
        fake.injectFailures(0.5, 3);
        var calls = new StripeCalls(20, Duration.ofMillis(1));
        for (int i = 0; i < 10; i++) {
            String instruction = java.util.UUID.randomUUID().toString();
            String id = "payout:" + instruction + ":v1";
            var params = TransferCreateParams.builder().setAmount(100L + i).setCurrency("gbp").setDestination(account)
                    .setTransferGroup("instruction_" + instruction).putMetadata("instruction_id", instruction).build();
            calls.call("transfer " + i, () -> stripe.v1().transfers().create(params, key(id)));
        }

        assertThat(fake.failuresInjected()).isPositive();
        assertThat(fake.transfers()).hasSize(10);
        assertThat(fake.transfers()).extracting(t -> t.get("amount").getAsLong()).doesNotHaveDuplicates();
    }
}
