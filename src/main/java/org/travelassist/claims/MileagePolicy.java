package org.travelassist.claims;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/**
 * The council's mileage scheme, in force from a date (DOMAIN.md §2.5). An allowance copies the rate, the legs and
 * the distance when it is set up, so a later policy never changes an allowance already offered; the claim period,
 * the deadline and the four-eyes limit are procedure and follow the policy in force when a claim is made.
 *
 * @param ratePence pence per mile (45p: the HMRC approved rate for the first 10,000 miles)
 * @param higherRate an optional second rate above an annual mileage (HMRC's 25p above 10,000 miles); null when
 *     the council pays one rate
 * @param fullDayLegs single legs paid for a day with both school runs: 4, since the parent drives home after each
 *     drop-off and pick-up (statutory guidance 2023; LGSCO 20 009 310 found paying 2 of 4 legs at fault)
 * @param halfDayLegs single legs for a morning-only or afternoon-only day: 2
 * @param distanceBasis how the one-way distance is measured, in words for the family and the letter
 * @param claimPeriod how often a family claims
 * @param deadline by when a period's journeys must be claimed
 * @param secondApprovalAbovePence a claim above this amount needs a second officer's approval
 * @param schoolConfirmWorkingDays working days the school has to confirm a claim's attendance
 */
public record MileagePolicy(String version, LocalDate effectiveFrom, int ratePence, @Nullable HigherRate higherRate,
        int fullDayLegs, int halfDayLegs, String distanceBasis, ClaimPeriod claimPeriod, ClaimDeadline deadline,
        long secondApprovalAbovePence, int schoolConfirmWorkingDays) {

    public MileagePolicy {
        if (ratePence <= 0 || fullDayLegs <= 0 || halfDayLegs <= 0 || halfDayLegs > fullDayLegs) {
            throw new IllegalStateException("Mileage policy " + version + ": the rate and legs must be positive, a half day no more than a full day");
        }
        if (secondApprovalAbovePence < 0 || schoolConfirmWorkingDays <= 0) {
            throw new IllegalStateException("Mileage policy " + version + ": the approval limit and the school's working days must be positive");
        }
    }

    public Money secondApprovalAbove() {
        return Money.ofPence(secondApprovalAbovePence);
    }

    /**
     * A lower rate for the miles above {@code aboveMiles} in a school year (1 September to 31 August).
     */
    public record HigherRate(int aboveMiles, int ratePence) {
        public HigherRate {
            if (aboveMiles <= 0 || ratePence <= 0) {
                throw new IllegalStateException("A second mileage rate needs a positive threshold and rate");
            }
        }
    }

    public enum ClaimPeriod {
        /** A calendar month's journeys at a time. */
        MONTHLY,
        /** A term's journeys at a time (the school's term calendar gives the term). */
        TERMLY
    }

    /**
     * @param kind what {@code value} counts
     * @param value the day of the next month, or the number of months
     */
    public record ClaimDeadline(Kind kind, int value) {

        public ClaimDeadline {
            if (kind == Kind.DAY_OF_NEXT_MONTH && (value < 1 || value > 28) || kind == Kind.MONTHS_AFTER_JOURNEY && value < 1) {
                throw new IllegalStateException("A claim deadline of " + value + " does not make sense for " + kind);
            }
        }

        public enum Kind {
            /** By that day of the month after the period ends (Harrow, Norfolk: the 5th). */
            DAY_OF_NEXT_MONTH,
            /** Within that many months of each journey (Hampshire's 3 months). */
            MONTHS_AFTER_JOURNEY
        }

        /** The last day a journey may still be claimed, for a claim period ending on {@code periodEnds}. */
        public LocalDate lastDayToClaim(LocalDate journey, LocalDate periodEnds) {
            return switch (kind) {
                case DAY_OF_NEXT_MONTH -> YearMonth.from(periodEnds).plusMonths(1).atDay(value);
                case MONTHS_AFTER_JOURNEY -> journey.plusMonths(value);
            };
        }

        /** "by the 5th of the following month", for pages and emails. */
        public String describe() {
            return switch (kind) {
                case DAY_OF_NEXT_MONTH -> "by the " + ordinal(value) + " of the following month";
                case MONTHS_AFTER_JOURNEY -> "within " + value + (value == 1 ? " month" : " months") + " of the journey";
            };
        }

        static String ordinal(int day) {
            String suffix = day % 100 >= 11 && day % 100 <= 13 ? "th" : switch (day % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
            return day + suffix;
        }
    }

    /** "45p a mile", "45p a mile up to 10,000 miles a school year, then 25p". */
    public static String describeRate(int ratePence, @Nullable HigherRate higherRate) {
        String base = MileageRules.pence(ratePence) + " a mile";
        return higherRate == null ? base : base + " up to " + String.format(java.util.Locale.UK, "%,d", higherRate.aboveMiles())
                + " miles a school year, then " + MileageRules.pence(higherRate.ratePence());
    }

    @Override
    public String toString() {
        return version + " from " + GovukDates.day(effectiveFrom);
    }
}
