package org.travelassist.payments;

import org.travelassist.shared.Money;

/** One line of how a payment's amount was worked out, as the family is shown it ("4 miles × 4 journeys × 60p × 190 days"). */
public record PaymentLine(String text, Money amount) {}
