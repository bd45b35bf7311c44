package org.travelassist.contributions;

import java.time.LocalDate;
import java.util.UUID;
import org.travelassist.shared.Money;

/** A family paid an instalment of a charge (published once, after the card payment was recorded). */
public record InstalmentPaid(UUID chargeId, UUID instalmentId, UUID householdId, ChargeKind kind, String name, Money amount,
        LocalDate paidOn) {}
