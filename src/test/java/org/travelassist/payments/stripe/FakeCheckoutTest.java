package org.travelassist.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.travelassist.payments.stripe.local.FakeStripe;

/**
 * The fake's Checkout refuses, and reports, what Stripe would refuse or what the portal must never send: a currency
 * other than gbp, an amount that is not whole pence, a session without its payment's reference or with relative
 * return addresses, a key not derived from the payment, a refund of more than was paid.
 */
class FakeCheckoutTest {

    static final String REFERENCE = "0b5c8a7e-39f1-4c36-8f0f-4b3c9a2d1e55";

    final FakeStripe fake = FakeStripe.start(0, "sk_test_fake", "whsec_fake");
    final StripeClient stripe = StripeClient.builder().setApiKey("sk_test_fake").setApiBase(fake.apiBase()).setMaxNetworkRetries(0).build();

    @AfterEach
    void stop() {
        fake.close();
    }

    SessionCreateParams.Builder session(long pence, String currency, String reference) {
        return SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder().setCurrency(currency).setUnitAmount(pence)
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder().setName("Spare seat charge").build())
                                .build())
                        .build())
                .setClientReferenceId(reference)
                .setSuccessUrl("http://localhost:8080/pay/" + reference + "?paid")
                .setCancelUrl("http://localhost:8080/pay/" + reference + "?cancelled")
                .putMetadata("reference", reference)
                .putMetadata("household_id", "4c9e1d7a-0000-4000-8000-000000000001")
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().putMetadata("reference", reference).build());
    }

    RequestOptions key(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    @Test
    void a_good_session_is_made_once_per_key_and_paying_on_its_page_returns_to_the_portal() throws Exception {
        var first = stripe.v1().checkout().sessions().create(session(3334, "gbp", REFERENCE).build(), key("checkout:" + REFERENCE + ":1"));
        var again = stripe.v1().checkout().sessions().create(session(3334, "gbp", REFERENCE).build(), key("checkout:" + REFERENCE + ":1"));
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(first.getUrl()).isEqualTo(fake.apiBase() + "/checkout/" + first.getId());

        var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(first.getUrl())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("Pay £33.34").contains("Spare seat charge");
        var paid = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(HttpRequest.newBuilder(
                URI.create(first.getUrl() + "/pay")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(paid.headers().firstValue("Location")).hasValue("http://localhost:8080/pay/" + REFERENCE + "?paid");
        var completed = stripe.v1().checkout().sessions().retrieve(first.getId());
        assertThat(completed.getStatus()).isEqualTo("complete");
        assertThat(completed.getPaymentStatus()).isEqualTo("paid");
        assertThat(fake.takeEvents()).extracting(FakeStripe.SignedEvent::type).containsExactly("checkout.session.completed");

        var refund = RefundCreateParams.builder().setPaymentIntent(completed.getPaymentIntent()).setAmount(3334L)
                .putMetadata("reference", REFERENCE).build();
        stripe.v1().refunds().create(refund, key("refund:" + REFERENCE));
        var more = RefundCreateParams.builder().setPaymentIntent(completed.getPaymentIntent()).setAmount(1L)
                .putMetadata("reference", REFERENCE).build();
        assertThatThrownBy(() -> stripe.v1().refunds().create(more, key("refund:" + REFERENCE + ":more")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("greater than the unrefunded amount");
        assertThat(fake.refunds()).hasSize(1);
        assertThat(fake.violations()).isEmpty();
    }

    @Test
    void a_wrong_currency_a_missing_reference_relative_return_addresses_and_a_key_not_derived_from_the_payment_are_refused()
            throws Exception {
        assertThatThrownBy(() -> stripe.v1().checkout().sessions().create(session(3334, "usd", REFERENCE).build(),
                key("checkout:" + REFERENCE + ":1"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> stripe.v1().checkout().sessions().create(session(3334, "gbp", REFERENCE).setClientReferenceId("other")
                .setSuccessUrl("/pay/x").build(), key("checkout:" + REFERENCE + ":2"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> stripe.v1().checkout().sessions().create(session(0, "gbp", REFERENCE).build(),
                key("checkout:" + REFERENCE + ":3"))).isInstanceOf(InvalidRequestException.class);
        // Made, as Stripe would, but a key that does not name the payment is reported: a retry could pay twice.
        stripe.v1().checkout().sessions().create(session(3334, "gbp", REFERENCE).build(), key("checkout:some-random-key"));

        assertThat(fake.violations())
                .anySatisfy(v -> assertThat(v).contains("line_items[0][price_data][currency] must be 'gbp'"))
                .anySatisfy(v -> assertThat(v).contains("must name the same payment"))
                .anySatisfy(v -> assertThat(v).contains("success_url must be an absolute"))
                .anySatisfy(v -> assertThat(v).contains("unit_amount must be a positive whole number of pence"))
                .anySatisfy(v -> assertThat(v).contains("is not derived from what it pays"));
    }
}
