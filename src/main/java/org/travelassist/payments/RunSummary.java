package org.travelassist.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Money;

/**
 * A payment run as finance sees it.
 *
 * @param createdByMe whether the signed-in finance officer created it (and so may not approve it)
 */
public record RunSummary(UUID id, long number, LocalDate runDate, RunStatus status, String gateway, int payments, Money total,
        String createdBy, Instant createdAt, @Nullable String approvedBy, @Nullable Instant approvedAt, boolean createdByMe) {

    /** Paid by a BACS file finance submits, not payment by payment through a gateway. */
    public boolean paysByFile() {
        return org.travelassist.payments.internal.PaymentSettings.BACS.equals(gateway);
    }

    /** "Run 12". */
    public String name() {
        return "Run " + number;
    }
}
