package org.travelassist.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A distance in whole millimetres, so that the statutory limits are exact: 2 miles is 3,218,688 mm. The law's
 * "more than 2 miles" is {@link #isMoreThan}; "not more than 6 miles" is {@code !isMoreThan}.
 */
public record Distance(long millimetres) implements Comparable<Distance> {

    private static final long MILLIMETRES_PER_MILE = 1_609_344;

    public static final Distance TWO_MILES = miles(2);
    public static final Distance THREE_MILES = miles(3);
    public static final Distance SIX_MILES = miles(6);
    public static final Distance FIFTEEN_MILES = miles(15);

    public Distance {
        if (millimetres < 0) {
            throw new IllegalArgumentException("A distance cannot be negative: " + millimetres);
        }
    }

    public static Distance miles(long miles) {
        return new Distance(miles * MILLIMETRES_PER_MILE);
    }

    public static Distance metres(double metres) {
        return new Distance(Math.round(metres * 1000));
    }

    public boolean isMoreThan(Distance other) {
        return millimetres > other.millimetres;
    }

    public double metres() {
        return millimetres / 1000.0;
    }

    /** Miles to two decimal places, as people are told them ("2.04 miles"). */
    public BigDecimal milesRounded() {
        return BigDecimal.valueOf(millimetres).divide(BigDecimal.valueOf(MILLIMETRES_PER_MILE), 2, RoundingMode.HALF_UP);
    }

    public long metresRounded() {
        return Math.round(metres());
    }

    /** "2.04 miles (3,283 metres)". */
    public String describe() {
        return milesRounded().toPlainString() + " miles (" + String.format(java.util.Locale.UK, "%,d", metresRounded()) + " metres)";
    }

    @Override
    public int compareTo(Distance other) {
        return Long.compare(millimetres, other.millimetres);
    }
}
