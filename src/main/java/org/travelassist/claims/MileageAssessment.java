package org.travelassist.claims;

import java.time.LocalDate;
import java.util.List;
import org.travelassist.shared.Money;

/**
 * What the mileage rules made of a claim: each day accepted with its legs or rejected with its reason, and the
 * amount line by line. The total is the sum of the lines, each already in whole pence.
 */
public record MileageAssessment(List<AcceptedDay> accepted, List<RejectedDay> rejected, List<Line> lines, Money total) {

    public MileageAssessment {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
        lines = List.copyOf(lines);
    }

    public record AcceptedDay(LocalDate date, Journeys journeys, int legs) {}

    /** @param why the reason in a sentence for the family, without the date */
    public record RejectedDay(LocalDate date, Rejection reason, String why) {}

    /**
     * One line of the sum, "19 days × 4 legs × 5.10 miles × 45p".
     *
     * @param milesHundredths the miles the line pays for, in hundredths
     */
    public record Line(String text, long milesHundredths, int ratePence, Money amount) {}

    public enum Rejection {
        WEEKEND,
        SCHOOL_CLOSED,
        BEFORE_AGREEMENT,
        IN_FUTURE,
        ALREADY_CLAIMED,
        AFTER_DEADLINE,
        NOT_IN_PERIOD,
        TWICE_IN_THIS_CLAIM
    }

    public long milesHundredths() {
        return lines.stream().mapToLong(Line::milesHundredths).sum();
    }
}
