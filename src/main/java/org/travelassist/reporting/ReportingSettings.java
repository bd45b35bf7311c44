package org.travelassist.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The council's reporting settings, from {@code travelassist.reporting.*}.
 *
 * @param policyYearStartsMonth the month (1 to 12) whose first day starts the council's policy year; 9 in England
 */
@Validated
@ConfigurationProperties("travelassist.reporting")
public record ReportingSettings(@DefaultValue("9") @Min(1) @Max(12) int policyYearStartsMonth) {}
