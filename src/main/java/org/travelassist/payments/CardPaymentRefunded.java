package org.travelassist.payments;

import java.time.LocalDate;
import java.util.UUID;
import org.travelassist.shared.Money;

/** A card payment was given back, and its reversal is in the ledger (once per reference). */
public record CardPaymentRefunded(UUID reference, UUID householdId, Money amount, String reason, LocalDate refundedOn) {}
