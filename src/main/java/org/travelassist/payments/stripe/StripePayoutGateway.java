package org.travelassist.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Transfer;
import com.stripe.net.RequestOptions;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferListParams;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.travelassist.payments.internal.PayoutGateway;
import org.travelassist.payments.internal.PayoutResult;
import org.travelassist.payments.stripe.StripeCalls.StripeUnreachable;

/**
 * Pays one instruction through Stripe Connect: a transfer from the council's Stripe balance to the family's recipient
 * account ({@link StripeRecipients}), which Stripe then pays out to their bank; the payout's webhook settles it
 * ({@link StripeEventProcessor}). Why Connect and not Global Payouts: README, "Payment gateways".
 *
 * <p>Exactly once: the transfer carries the instruction's idempotency key (stored by the payments core before the
 * first call), so every retry, here or after a restart, is the same request; Stripe answers a repeat with the first
 * answer. Network errors are retried with backoff ({@link StripeCalls}); when every try fails the result is
 * {@link PayoutResult.Unknown}, and after a day {@link #lookUp} finds the transfer by its transfer group, never by
 * sending it again.
 *
 * <p>Present whenever Stripe is configured; a run is paid through it only where the council offers it
 * ({@code travelassist.payments.gateway} or {@code other-gateways}) and finance chose it for that run.
 */
@Component
@ConditionalOnExpression(StripeConfiguration.STRIPE_CONFIGURED)
public class StripePayoutGateway implements PayoutGateway {

    static final String NAME = "stripe";
    private static final Logger log = LoggerFactory.getLogger(StripePayoutGateway.class);

    private final StripeClient stripe;
    private final StripeRecipients recipients;
    private final StripeCalls calls;

    StripePayoutGateway(StripeClient stripe, StripeRecipients recipients, StripeCalls calls) {
        this.stripe = stripe;
        this.recipients = recipients;
        this.calls = calls;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** How a transfer is found again without its id: one group per instruction. */
    static String transferGroup(UUID instructionId) {
        return "instruction_" + instructionId;
    }

    @Override
    public PayoutResult pay(Payout payout) {
        if (!payout.amount().isPositive()) {
            return new PayoutResult.Failed("Only an amount above £0.00 can be paid", false);
        }
        try {
            String account = recipients.accountFor(payout.payee());
            var params = TransferCreateParams.builder()
                    .setAmount(payout.amount().pence())
                    .setCurrency("gbp")
                    .setDestination(account)
                    .setTransferGroup(transferGroup(payout.instructionId()))
                    .setDescription(payout.statementReference())
                    .putMetadata("instruction_id", payout.instructionId().toString())
                    .putMetadata("statement_reference", payout.statementReference())
                    .build();
            var options = RequestOptions.builder().setIdempotencyKey(payout.idempotencyKey()).build();
            Transfer transfer = calls.call("Transfer for instruction " + payout.instructionId(),
                    () -> stripe.v1().transfers().create(params, options));
            return new PayoutResult.Accepted(transfer.getId());
        } catch (StripeUnreachable e) {
            log.warn("{}; the payments core asks again later", e.getMessage());
            return new PayoutResult.Unknown(e.getMessage());
        } catch (StripeException e) {
            return refused(e);
        }
    }

    @Override
    public PayoutResult lookUp(Payout payout) {
        var params = TransferListParams.builder().setTransferGroup(transferGroup(payout.instructionId())).setLimit(10L).build();
        try {
            List<Transfer> found = calls.call("Transfers for instruction " + payout.instructionId(),
                    () -> stripe.v1().transfers().list(params)).getData().stream()
                    .filter(t -> payout.instructionId().toString().equals(t.getMetadata().get("instruction_id")))
                    .toList();
            if (found.isEmpty()) {
                return new PayoutResult.Failed("Stripe has no transfer for this payment: it was never made", true);
            }
            if (found.size() > 1) {
                // Cannot happen with one key per instruction; if it does, finance must see it, not a guess.
                log.error("Instruction {} has {} transfers at Stripe: {}", payout.instructionId(), found.size(),
                        found.stream().map(Transfer::getId).toList());
            }
            Transfer transfer = found.getFirst();
            if (Boolean.TRUE.equals(transfer.getReversed())) {
                return new PayoutResult.Failed("The council's payment provider took the payment back", false);
            }
            return new PayoutResult.Accepted(transfer.getId());
        } catch (StripeUnreachable e) {
            return new PayoutResult.Unknown(e.getMessage());
        } catch (StripeException e) {
            return new PayoutResult.Unknown("Stripe refused the look-up: " + e.getMessage());
        }
    }

    private static PayoutResult refused(StripeException e) {
        String code = e.getCode() == null ? "" : e.getCode();
        log.warn("Stripe refused a payout: {} ({})", e.getMessage(), code);
        return switch (code) {
            // The council's Stripe balance needs topping up; the same payout can go once it has been.
            case "balance_insufficient", "insufficient_funds" ->
                    new PayoutResult.Failed("The council's Stripe balance is too low to pay this", true);
            case "account_invalid", "bank_account_unusable", "bank_account_declined" ->
                    new PayoutResult.Failed("The bank details could not be used: ask the family to check them", false);
            default -> new PayoutResult.Failed("Stripe refused the payment: " + e.getMessage(), false);
        };
    }
}
