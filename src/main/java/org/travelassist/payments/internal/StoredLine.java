package org.travelassist.payments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.travelassist.payments.PaymentLine;
import org.travelassist.shared.Money;

/** One line of how a payment's amount was worked out, as stored with the instruction. */
@Embeddable
public class StoredLine {

    @Column(name = "text", nullable = false)
    private String text = "";

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    protected StoredLine() {}

    StoredLine(PaymentLine line) {
        this.text = line.text().length() > 300 ? line.text().substring(0, 300) : line.text();
        this.amountPence = line.amount().pence();
    }

    public PaymentLine line() {
        return new PaymentLine(text, Money.ofPence(amountPence));
    }
}
