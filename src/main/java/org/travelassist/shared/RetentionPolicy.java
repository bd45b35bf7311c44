package org.travelassist.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the council keeps each kind of record, from {@code travelassist.retention.*}: the retention job
 * (reporting) applies it and the privacy notice states it. The periods are the council's to set from its own
 * retention schedule ({@code source} names it); the defaults are the demo council's, not a published schedule.
 * Applications run from the end of the child's last year of entitlement (the policy year in which compulsory school
 * age ends, or of the child's last decision if that is later); financial records from the end of the financial year
 * they belong to. The ledger is append-only and is never changed.
 *
 * @param applications an application, its timeline, questions, school findings, reviews and appeals: anonymised
 * @param evidence files sent with an application: deleted
 * @param letters decision, review and appeal letters as sent: deleted
 * @param drafts applications never sent, after their last change: deleted
 * @param budgets personal transport budgets with their instalments and absences: anonymised
 * @param claims mileage allowances and claims: anonymised
 * @param payments payment instructions: anonymised (payee and description), amounts and references kept
 * @param financialYearStartsMonth the month the council's financial year starts in; 4 (April) in England
 * @param source the council's retention schedule these periods come from, as the privacy notice names it
 */
@Validated
@ConfigurationProperties("travelassist.retention")
public record RetentionPolicy(
        @DefaultValue("P6Y") @NotNull Period applications,
        @DefaultValue("P6Y") @NotNull Period evidence,
        @DefaultValue("P6Y") @NotNull Period letters,
        @DefaultValue("P1Y") @NotNull Period drafts,
        @DefaultValue("P6Y") @NotNull Period budgets,
        @DefaultValue("P6Y") @NotNull Period claims,
        @DefaultValue("P6Y") @NotNull Period payments,
        @DefaultValue("4") @Min(1) @Max(12) int financialYearStartsMonth,
        @DefaultValue("The demo council's retention schedule (set travelassist.retention.source to the council's own)") @NotBlank String source) {

    public RetentionPolicy {
        for (Period period : new Period[] {applications, evidence, letters, drafts, budgets, claims, payments}) {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("Every travelassist.retention period must be more than nothing, not " + period);
            }
        }
    }

    /** "6 years", "18 months": a period as the privacy notice says it. */
    public static String spoken(Period period) {
        var parts = new java.util.ArrayList<String>();
        if (period.getYears() != 0) {
            parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
        }
        if (period.getDays() != 0) {
            parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" and ", parts);
    }
}
