package org.travelassist.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The council's reporting settings, from {@code travelassist.reporting.*}.
 *
 * @param policyYearStartsMonth the month (1 to 12) whose first day starts the council's policy year; 9 in England
 * @param reapplyReminderLeadTime how long before the next policy year families of children in Year 11 are emailed to
 *     apply again for post-16 travel; three months by default, so the email comes after the council has published its
 *     post-16 transport policy statement (by 31 May, Education Act 1996 s509AA) and leaves the summer to apply
 */
@Validated
@ConfigurationProperties("travelassist.reporting")
public record ReportingSettings(@DefaultValue("9") @Min(1) @Max(12) int policyYearStartsMonth,
        @DefaultValue("P3M") @NotNull Period reapplyReminderLeadTime) {

    public ReportingSettings {
        var yearStart = java.time.LocalDate.of(2000, 9, 1);
        var remindOn = yearStart.minus(reapplyReminderLeadTime);
        if (!remindOn.isBefore(yearStart) || !remindOn.isAfter(yearStart.minusYears(1))) {
            throw new IllegalArgumentException("travelassist.reporting.reapply-reminder-lead-time must be more than nothing and less "
                    + "than a year, not " + reapplyReminderLeadTime);
        }
    }
}
