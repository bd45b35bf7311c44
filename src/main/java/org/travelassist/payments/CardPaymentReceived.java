package org.travelassist.payments;

import java.time.LocalDate;
import java.util.UUID;
import org.travelassist.shared.Money;

/** A card payment was made and is in the ledger (published once per reference, in the transaction that posted it). */
public record CardPaymentReceived(UUID reference, UUID householdId, Money amount, LocalDate paidOn) {}
