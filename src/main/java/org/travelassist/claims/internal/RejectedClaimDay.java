package org.travelassist.claims.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.travelassist.claims.MileageAssessment;

/** A day the family claimed that the rules refused when the claim was sent, and why. */
@Embeddable
public class RejectedClaimDay {

    @Column(name = "day", nullable = false)
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false)
    private MileageAssessment.Rejection reason;
    @Column(name = "why", nullable = false)
    private String why;

    protected RejectedClaimDay() {}

    RejectedClaimDay(MileageAssessment.RejectedDay rejected) {
        this.day = rejected.date();
        this.reason = rejected.reason();
        this.why = rejected.why();
    }

    public MileageAssessment.RejectedDay rejected() {
        return new MileageAssessment.RejectedDay(day, reason, why);
    }
}
