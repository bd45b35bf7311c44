package org.travelassist.claims.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where the payment of an approved claim has got to, as payments reports it. Part of {@link MileageClaim}'s row. */
@Embeddable
public class ClaimPayment {

    @Column(name = "payment_expected_on")
    private @Nullable LocalDate paymentExpectedOn;
    @Column(name = "paid_on")
    private @Nullable LocalDate paidOn;
    @Column(name = "payment_problem")
    private @Nullable String paymentProblem;

    void sent(LocalDate expectedOn) {
        paymentExpectedOn = expectedOn;
    }

    void paid(LocalDate on) {
        paidOn = on;
        paymentProblem = null;
    }

    void failed(String why) {
        paymentProblem = why;
    }

    public @Nullable LocalDate getPaymentExpectedOn() { return paymentExpectedOn; }
    public @Nullable LocalDate getPaidOn() { return paidOn; }
    public @Nullable String getPaymentProblem() { return paymentProblem; }
}
