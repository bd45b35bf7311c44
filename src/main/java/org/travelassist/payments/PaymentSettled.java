package org.travelassist.payments;

import java.time.LocalDate;
import java.util.UUID;
import org.travelassist.shared.Money;

/** A payment reached the family's bank. */
public record PaymentSettled(PaymentSource source, UUID instructionId, UUID householdId, Money amount, LocalDate paidOn,
        String statementReference) {}
