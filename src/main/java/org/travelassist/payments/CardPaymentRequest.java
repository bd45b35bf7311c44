package org.travelassist.payments;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Money;

/**
 * One thing a family pays for by card.
 *
 * @param reference the caller's id for what is paid (an instalment): the provider's metadata and every idempotency
 *     key are derived from it, and the events name it
 * @param description what the payer sees on the payment page ("Post-16 travel contribution, instalment 1 of 3")
 * @param returnPath the portal page to come back to, relative ("pay/…"); the provider adds {@code ?paid} or
 *     {@code ?cancelled}
 * @param email for the provider's receipt; null when the family gave none
 */
public record CardPaymentRequest(UUID reference, UUID householdId, Money amount, String description, String returnPath,
        @Nullable String email) {

    public CardPaymentRequest {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A card payment must be more than £0.00: " + amount);
        }
        if (returnPath.startsWith("/") || returnPath.contains("://")) {
            throw new IllegalArgumentException("The return path is relative to the portal: " + returnPath);
        }
    }
}
