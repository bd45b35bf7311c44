package org.travelassist.payments;

import java.util.UUID;

/** What a payment pays: one budget instalment or one approved mileage claim. A source is paid exactly once. */
public record PaymentSource(Kind kind, UUID id) {

    public enum Kind {
        BUDGET_INSTALMENT,
        MILEAGE_CLAIM
    }
}
