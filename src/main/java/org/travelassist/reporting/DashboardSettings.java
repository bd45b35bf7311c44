package org.travelassist.reporting;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.travelassist.shared.Money;

/**
 * What the dashboard's money figures measure against, from {@code travelassist.reporting.dashboard.*}: the council's
 * own figures, to set from its transport contracts and savings plan.
 *
 * @param takeUpTargetPercent the share of eligible children with transport the council aims to have on a personal
 *     transport budget or a mileage allowance (Bromley's savings rest on about 10%)
 * @param taxiCostPerPupilYear what contracted transport costs a year for a pupil in a single-occupancy taxi, in
 *     pounds: the comparison for children with special educational needs
 * @param sharedRouteCostPerPupilYear what a seat on a shared contracted route costs a year, in pounds: the comparison
 *     for the other children
 */
@Validated
@ConfigurationProperties("travelassist.reporting.dashboard")
public record DashboardSettings(
        @DefaultValue("10") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal takeUpTargetPercent,
        @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal taxiCostPerPupilYear,
        @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal sharedRouteCostPerPupilYear) {

    public Money taxiCost() {
        return Money.ofPence(taxiCostPerPupilYear.movePointRight(2).longValueExact());
    }

    public Money sharedRouteCost() {
        return Money.ofPence(sharedRouteCostPerPupilYear.movePointRight(2).longValueExact());
    }
}
