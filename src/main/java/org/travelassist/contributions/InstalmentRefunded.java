package org.travelassist.contributions;

import java.time.LocalDate;
import java.util.UUID;
import org.travelassist.shared.Money;

/** An officer gave an instalment back to the card it was paid with; the family is told why. */
public record InstalmentRefunded(UUID chargeId, UUID instalmentId, UUID householdId, ChargeKind kind, String name, Money amount,
        String reason, LocalDate refundedOn) {}
