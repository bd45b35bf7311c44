package org.travelassist.payments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How far a payment got once it left the council: when it was sent and is expected, when it was paid or failed and
 * why, and the gateway's own reference for it. Empty until it is sent; the state itself is the instruction's.
 */
@Embeddable
class PaymentProgress {

    @Column(name = "gateway_reference")
    private @Nullable String gatewayReference;

    @Column(name = "sent_on")
    private @Nullable LocalDate sentOn;

    @Column(name = "expected_on")
    private @Nullable LocalDate expectedOn;

    @Column(name = "paid_on")
    private @Nullable LocalDate paidOn;

    @Column(name = "failed_on")
    private @Nullable LocalDate failedOn;

    @Column(name = "failure_reason")
    private @Nullable String failureReason;

    void sent(LocalDate on, LocalDate expected, @Nullable String reference) {
        this.sentOn = on;
        this.expectedOn = expected;
        keep(reference);
    }

    void paid(LocalDate on, @Nullable String reference) {
        this.paidOn = on;
        keep(reference);
    }

    void failed(LocalDate on, String reason) {
        this.failedOn = on;
        this.failureReason = reason;
    }

    /** A later answer without a reference does not forget the one the gateway gave first. */
    private void keep(@Nullable String reference) {
        if (reference != null) {
            this.gatewayReference = reference;
        }
    }

    @Nullable String gatewayReference() {
        return gatewayReference;
    }

    @Nullable LocalDate sentOn() {
        return sentOn;
    }

    @Nullable LocalDate expectedOn() {
        return expectedOn;
    }

    @Nullable LocalDate paidOn() {
        return paidOn;
    }

    @Nullable LocalDate failedOn() {
        return failedOn;
    }

    @Nullable String failureReason() {
        return failureReason;
    }
}
