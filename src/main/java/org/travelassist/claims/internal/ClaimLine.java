package org.travelassist.claims.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.travelassist.claims.MileageAssessment;
import org.travelassist.shared.Money;

/** A line of a claim's sum, as the family saw it when sent and as it was paid. */
@Embeddable
public class ClaimLine {

    @Column(name = "text", nullable = false)
    private String text;
    @Column(name = "miles_hundredths", nullable = false)
    private long milesHundredths;
    @Column(name = "rate_pence", nullable = false)
    private int ratePence;
    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    protected ClaimLine() {}

    ClaimLine(MileageAssessment.Line line) {
        this.text = line.text();
        this.milesHundredths = line.milesHundredths();
        this.ratePence = line.ratePence();
        this.amountPence = line.amount().pence();
    }

    public MileageAssessment.Line line() {
        return new MileageAssessment.Line(text, milesHundredths, ratePence, Money.ofPence(amountPence));
    }
}
