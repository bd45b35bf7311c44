package org.travelassist.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.Payout;
import com.stripe.model.Transfer;
import com.stripe.net.ApiResource;
import com.stripe.net.RequestOptions;
import com.stripe.param.BalanceTransactionListParams;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.travelassist.payments.internal.Payouts;
import org.travelassist.payments.stripe.StripeCalls.StripeUnreachable;

/**
 * Applies a stored Stripe event after its commit (the event publication registry retries it after a crash). Events
 * come twice and out of order, so a payout event is never taken at its word: the payout is read again from Stripe
 * and its CURRENT status applied to every transfer it paid out, through {@link Payouts}, which is idempotent and
 * keeps status precedence. An old "paid" delivered after "failed" therefore applies "failed" again, never "paid".
 */
@Component
@ConditionalOnExpression(StripeConfiguration.STRIPE_CONFIGURED)
class StripeEventProcessor {

    private static final Logger log = LoggerFactory.getLogger(StripeEventProcessor.class);
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final StripeWebhookInbox inbox;
    private final StripeClient stripe;
    private final StripeCalls calls;
    private final Payouts payouts;
    private final StripeCardPayments cardPayments;

    StripeEventProcessor(StripeWebhookInbox inbox, StripeClient stripe, StripeCalls calls, Payouts payouts,
            StripeCardPayments cardPayments) {
        this.inbox = inbox;
        this.stripe = stripe;
        this.calls = calls;
        this.payouts = payouts;
        this.cardPayments = cardPayments;
    }

    @ApplicationModuleListener
    void on(StripeEventReceived received) throws StripeException, StripeUnreachable {
        var stored = inbox.find(received.eventId()).orElseThrow();
        if (stored.processedAt() != null) {
            return;
        }
        Event event = ApiResource.GSON.fromJson(stored.payload(), Event.class);
        String outcome = switch (event.getType()) {
            case "payout.paid", "payout.failed", "payout.canceled" -> payout(event);
            case "transfer.reversed" -> reversed(event);
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> checkoutSession(event, true);
            case "checkout.session.expired" -> checkoutSession(event, false);
            default -> "Not used by the portal";
        };
        inbox.processed(event.getId(), outcome);
    }

    private String payout(Event event) throws StripeException, StripeUnreachable {
        String account = event.getAccount();
        String payoutId = objectId(event);
        if (account == null || payoutId == null) {
            return "Refused: a payout event without its connected account";
        }
        var onAccount = RequestOptions.builder().setStripeAccount(account).build();
        Payout payout = calls.call("Payout " + payoutId, () -> stripe.v1().payouts().retrieve(payoutId, onAccount));
        List<String> transfers = transfersIn(payoutId, onAccount);
        switch (payout.getStatus()) {
            case "paid" -> {
                LocalDate arrived = Instant.ofEpochSecond(payout.getArrivalDate()).atZone(ENGLAND).toLocalDate();
                transfers.forEach(transfer -> payouts.settled(transfer, arrived));
            }
            case "failed", "canceled" -> transfers.forEach(transfer -> payouts.failed(transfer, reason(payout)));
            default -> {
                return "Payout " + payoutId + " is " + payout.getStatus() + ": nothing to apply yet";
            }
        }
        log.info("Stripe payout {} is {}: applied to {} payments", payoutId, payout.getStatus(), transfers.size());
        return "Payout " + payoutId + " " + payout.getStatus() + " for " + transfers.size() + " transfers";
    }

    /** The transfers a payout carried: its balance transactions' sources are the destination payments of transfers. */
    private List<String> transfersIn(String payoutId, RequestOptions onAccount) throws StripeException, StripeUnreachable {
        var params = BalanceTransactionListParams.builder().setPayout(payoutId).setType("payment").addExpand("data.source")
                .setLimit(100L).build();
        List<String> transfers = new ArrayList<>();
        for (BalanceTransaction transaction : calls.call("Balance of payout " + payoutId,
                () -> stripe.v1().balanceTransactions().list(params, onAccount)).autoPagingIterable()) {
            if (transaction.getSourceObject() instanceof Charge payment && payment.getSourceTransfer() != null) {
                transfers.add(payment.getSourceTransfer());
            }
        }
        return transfers;
    }

    private String checkoutSession(Event event, boolean completed) throws StripeException, StripeUnreachable {
        String sessionId = objectId(event);
        if (sessionId == null) {
            return "Refused: a Checkout event without its session";
        }
        return completed ? cardPayments.completed(sessionId) : cardPayments.expired(sessionId);
    }

    private String reversed(Event event) {
        if (event.getDataObjectDeserializer().getObject().orElse(null) instanceof Transfer transfer) {
            payouts.failed(transfer.getId(), "The council's payment provider took the payment back");
            return "Transfer " + transfer.getId() + " reversed";
        }
        return "Refused: not a transfer";
    }

    /** In words the family can act on. */
    static String reason(Payout payout) {
        String code = payout.getFailureCode() == null ? "" : payout.getFailureCode();
        return switch (code) {
            case "account_closed" -> "The bank account is closed";
            case "no_account", "invalid_account_number", "bank_account_restricted" -> "The bank could not find the account";
            case "account_frozen" -> "The bank account is frozen";
            case "" -> "The payment was cancelled";
            default -> "The bank could not pay it";
        };
    }

    private static String objectId(Event event) {
        var object = event.getDataObjectDeserializer().getObject().orElse(null);
        return object instanceof com.stripe.model.HasId hasId ? hasId.getId() : null;
    }
}
