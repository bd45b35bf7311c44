package org.travelassist.payments;

import java.time.LocalDate;
import java.util.UUID;

/** A payment left the council: in a BACS file handed to finance, or accepted by the payment gateway. */
public record PaymentSent(PaymentSource source, UUID instructionId, UUID householdId, LocalDate sentOn, LocalDate expectedOn) {}
