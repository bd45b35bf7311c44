package org.travelassist.reporting;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.SchoolCalendar;

/**
 * When each kind of record has been kept long enough ({@link org.travelassist.shared.RetentionPolicy}). Pure, so each
 * boundary is a unit test: a record goes on the day after its clock's end plus the period kept, never on it.
 */
public final class RetentionRules {

    private RetentionRules() {}

    /**
     * The end of the child's last year of entitlement: the last day of the policy year in which their compulsory
     * school age ends, or of the policy year of their last decision if that is later (post-16 and 19 to 25 travel).
     * Without a date of birth, the last decision's year.
     */
    public static LocalDate lastYearOfEntitlementEnds(@Nullable LocalDate dateOfBirth, LocalDate lastDecision, int policyYearStartsMonth) {
        LocalDate byDecision = PolicyYear.containing(lastDecision, policyYearStartsMonth).last();
        if (dateOfBirth == null) {
            return byDecision;
        }
        LocalDate byAge = PolicyYear.containing(SchoolCalendar.compulsorySchoolAgeEnds(dateOfBirth), policyYearStartsMonth).last();
        return byAge.isAfter(byDecision) ? byAge : byDecision;
    }

    /** Whether a record whose clock ended on {@code clockEnds}, kept for {@code kept}, may go on {@code today}. */
    public static boolean expired(LocalDate clockEnds, Period kept, LocalDate today) {
        return today.isAfter(clockEnds.plus(kept));
    }

    /**
     * The end of the latest financial year whose records, kept for {@code kept} after it, may go on {@code today}: a
     * financial record of any day up to and including it has been kept long enough.
     */
    public static LocalDate lastExpiredFinancialYearEnd(LocalDate today, Period kept, int financialYearStartsMonth) {
        LocalDate yearEnd = PolicyYear.containing(today, financialYearStartsMonth).last();
        while (!expired(yearEnd, kept, today)) {
            yearEnd = PolicyYear.containing(yearEnd.minusYears(1), financialYearStartsMonth).last();
        }
        return yearEnd;
    }
}
