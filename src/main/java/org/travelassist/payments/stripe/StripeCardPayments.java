package org.travelassist.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.payments.CardPaymentException;
import org.travelassist.payments.CardPaymentRequest;
import org.travelassist.payments.CardPayments;
import org.travelassist.payments.internal.CardReceipts;
import org.travelassist.payments.stripe.StripeCalls.StripeUnreachable;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/**
 * Card payments through Stripe Checkout. Each thing paid for (the caller's reference) has one row in
 * {@code stripe_checkout}; each try at paying is a session created with the key {@code checkout:<reference>:<attempt>},
 * and a new attempt is made only once the last session expired, so a double click never makes a second payment.
 * Whether it was paid is never taken from the browser coming back: only from the signed webhook, and then from the
 * session as Stripe gives it when read again ({@link #completed}).
 */
@Component
@ConditionalOnExpression(StripeConfiguration.STRIPE_CONFIGURED)
class StripeCardPayments implements CardPayments {

    private static final Logger log = LoggerFactory.getLogger(StripeCardPayments.class);
    static final String NOT_ANSWERING = "The card payment service is not answering at the moment. Try again in a few minutes.";

    private final StripeClient stripe;
    private final StripeCalls calls;
    private final JdbcClient jdbc;
    private final CardReceipts receipts;
    private final PortalAddress portal;
    private final Clock clock;

    StripeCardPayments(StripeClient stripe, StripeCalls calls, JdbcClient jdbc, CardReceipts receipts, PortalAddress portal, Clock clock) {
        this.stripe = stripe;
        this.calls = calls;
        this.jdbc = jdbc;
        this.receipts = receipts;
        this.portal = portal;
        this.clock = clock;
    }

    private record Row(UUID reference, UUID householdId, Money amount, int attempt, @Nullable String sessionId,
            @Nullable String paymentIntent, @Nullable OffsetDateTime paidAt, @Nullable String refundId) {}

    @Override
    @Transactional
    public Checkout checkout(CardPaymentRequest request) {
        jdbc.sql("""
                insert into stripe_checkout (reference, household_id, amount_pence, created_at)
                values (:reference, :household, :pence, :now) on conflict (reference) do nothing""")
                .param("reference", request.reference())
                .param("household", request.householdId())
                .param("pence", request.amount().pence())
                .param("now", OffsetDateTime.now(clock))
                .update();
        // Locked until the session is stored: two tabs asking at once make one session between them.
        Row row = find(request.reference(), true).orElseThrow();
        if (!row.amount().equals(request.amount()) || !row.householdId().equals(request.householdId())) {
            throw new IllegalStateException("Card payment " + request.reference() + " was started for " + row.amount()
                    + "; it cannot be paid as " + request.amount());
        }
        if (row.paidAt() != null) {
            throw new CardPaymentException("This has been paid already.");
        }
        int attempt = row.attempt();
        try {
            if (row.sessionId() != null) {
                String sessionId = row.sessionId();
                Session open = calls.call("Checkout session " + sessionId, () -> stripe.v1().checkout().sessions().retrieve(sessionId));
                switch (String.valueOf(open.getStatus())) {
                    case "open" -> {
                        return new Checkout(open.getUrl());
                    }
                    case "complete" -> throw new CardPaymentException(
                            "You have paid this already. It can take a minute for the payment to show here.");
                    default -> attempt++; // expired: this try is over, a new one may start
                }
            }
            Session session = create(request, attempt);
            jdbc.sql("update stripe_checkout set session_id = :session, attempt = :attempt where reference = :reference")
                    .param("session", session.getId())
                    .param("attempt", attempt)
                    .param("reference", request.reference())
                    .update();
            return new Checkout(session.getUrl());
        } catch (StripeUnreachable e) {
            log.warn("Checkout for {} not started: {}", request.reference(), e.getMessage());
            throw new CardPaymentException(NOT_ANSWERING, e);
        } catch (StripeException e) {
            log.error("Stripe refused a Checkout session for {}: {}", request.reference(), e.getMessage());
            throw new CardPaymentException("The card payment could not be started. Try again later, or contact the council.", e);
        }
    }

    private Session create(CardPaymentRequest request, int attempt) throws StripeException, StripeUnreachable {
        String reference = request.reference().toString();
        String back = portal.url(request.returnPath());
        var params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency("gbp")
                                .setUnitAmount(request.amount().pence())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description()).build())
                                .build())
                        .build())
                .setClientReferenceId(reference)
                .setSuccessUrl(back + "?paid")
                .setCancelUrl(back + "?cancelled")
                .putMetadata(METADATA_REFERENCE, reference)
                .putMetadata("household_id", request.householdId().toString())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata(METADATA_REFERENCE, reference).build());
        if (request.email() != null) {
            params.setCustomerEmail(request.email());
        }
        var options = RequestOptions.builder().setIdempotencyKey("checkout:" + reference + ":" + attempt).build();
        return calls.call("Checkout for " + reference, () -> stripe.v1().checkout().sessions().create(params.build(), options));
    }

    static final String METADATA_REFERENCE = "reference";

    /**
     * checkout.session.completed, applied after the inbox committed: the session is read again from Stripe (an event
     * is never taken at its word), and only a complete, paid session for the amount asked for is recorded, once.
     */
    @Transactional
    String completed(String sessionId) throws StripeException, StripeUnreachable {
        Session session = calls.call("Checkout session " + sessionId, () -> stripe.v1().checkout().sessions().retrieve(sessionId));
        String reference = session.getMetadata() == null ? null : session.getMetadata().get(METADATA_REFERENCE);
        Optional<Row> found = reference == null ? Optional.empty() : find(UUID.fromString(reference), true);
        if (found.isEmpty()) {
            log.error("Stripe session {} is not a payment the portal asked for (reference {})", sessionId, reference);
            return "Refused: session " + sessionId + " names no payment of the portal";
        }
        Row row = found.get();
        if (!"complete".equals(session.getStatus()) || !"paid".equals(session.getPaymentStatus())) {
            return "Session " + sessionId + " is " + session.getStatus() + "/" + session.getPaymentStatus() + ": not paid yet";
        }
        if (!Objects.equals(session.getAmountTotal(), row.amount().pence()) || !"gbp".equals(session.getCurrency())) {
            log.error("Stripe session {} paid {} {}, but the portal asked for {}", sessionId, session.getAmountTotal(),
                    session.getCurrency(), row.amount());
            return "Refused: session " + sessionId + " paid " + session.getAmountTotal() + " " + session.getCurrency()
                    + ", not " + row.amount().pence() + " gbp";
        }
        jdbc.sql("""
                update stripe_checkout set paid_at = coalesce(paid_at, :now), payment_intent = :intent, session_id = :session
                where reference = :reference""")
                .param("now", OffsetDateTime.now(clock))
                .param("intent", session.getPaymentIntent())
                .param("session", sessionId)
                .param("reference", row.reference())
                .update();
        boolean news = receipts.received(row.reference(), row.householdId(), row.amount(), GovukDates.today(clock),
                "Card payment " + session.getPaymentIntent());
        return (news ? "Paid: " : "Already recorded: ") + row.amount() + " for " + row.reference();
    }

    /** checkout.session.expired: the try is over and nothing was paid; the next "Pay" starts a new session. */
    String expired(String sessionId) {
        return "Session " + sessionId + " expired: left unpaid";
    }

    @Override
    @Transactional
    public void refund(UUID reference, String reason) {
        Row row = find(reference, true).filter(found -> found.paymentIntent() != null)
                .orElseThrow(() -> new CardPaymentException("There is no card payment to refund."));
        if (row.refundId() == null) {
            // No free text in the request: a retry must send exactly what the first try did, under the same key.
            var params = RefundCreateParams.builder()
                    .setPaymentIntent(row.paymentIntent())
                    .setAmount(row.amount().pence())
                    .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                    .putMetadata(METADATA_REFERENCE, reference.toString())
                    .build();
            var options = RequestOptions.builder().setIdempotencyKey("refund:" + reference).build();
            try {
                var refund = calls.call("Refund of " + reference, () -> stripe.v1().refunds().create(params, options));
                jdbc.sql("update stripe_checkout set refund_id = :refund, refunded_at = :now where reference = :reference")
                        .param("refund", refund.getId())
                        .param("now", OffsetDateTime.now(clock))
                        .param("reference", reference)
                        .update();
            } catch (StripeUnreachable e) {
                log.warn("Refund of {} not made: {}", reference, e.getMessage());
                throw new CardPaymentException(NOT_ANSWERING, e);
            } catch (StripeException e) {
                log.error("Stripe refused the refund of {}: {}", reference, e.getMessage());
                throw new CardPaymentException("The card payment service refused the refund: "
                        + (e.getStripeError() == null ? e.getMessage() : e.getStripeError().getMessage()), e);
            }
        }
        receipts.refunded(reference, GovukDates.today(clock), reason);
    }

    private Optional<Row> find(UUID reference, boolean lock) {
        return jdbc.sql("""
                select reference, household_id, amount_pence, attempt, session_id, payment_intent, paid_at, refund_id
                from stripe_checkout where reference = :reference""" + (lock ? " for update" : ""))
                .param("reference", reference)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), Money.ofPence(rs.getLong(3)),
                        rs.getInt(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8)))
                .optional();
    }
}
