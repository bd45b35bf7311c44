package org.travelassist.payments;

import java.time.LocalDate;
import java.util.UUID;
import org.travelassist.shared.Money;

/**
 * A payment did not reach the family's bank. It is reissued once the family changes their bank details.
 *
 * @param reason in words the family can act on ("The account is closed")
 */
public record PaymentFailed(PaymentSource source, UUID instructionId, UUID householdId, Money amount, LocalDate failedOn,
        String reason) {}
