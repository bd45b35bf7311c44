package org.travelassist.budgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.budgets.BudgetPolicy.DistanceBasis;
import org.travelassist.budgets.BudgetRules.Annual;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.shared.Money;
import static org.travelassist.budgets.ProRataRules.proRata;

/**
 * The annual amount, by the policy's model (per mile, distance bands, or set by the council), with supplements and
 * deductions, every step a line of the working. Part of {@link BudgetRules}; the day's rate is the one rounding.
 */
final class BudgetAmounts {

    private static final BigDecimal MILLIMETRES_PER_MILE = BigDecimal.valueOf(1_609_344);

    private BudgetAmounts() {}

    sealed interface AnnualOrReason {
        record Amount(Annual annual) implements AnnualOrReason {}

        record Reason(String text) implements AnnualOrReason {}
    }

    static AnnualOrReason annual(BudgetPolicy policy, BudgetFacts facts, AttendanceRules.@Nullable YearDays yearDays) {
        var lines = new ArrayList<Line>();
        int policyDays = BudgetRules.schoolDays(policy, yearDays);
        if (yearDays != null) {
            lines.add(Line.of(yearDays.words()));
        }
        boolean partTime = facts.attendanceDays() != null && facts.attendanceDays() < policyDays;
        int days = partTime ? facts.attendanceDays() : policyDays;
        Money base;
        Money daily;
        switch (policy.model()) {
            case PER_MILE -> {
                var perMile = java.util.Objects.requireNonNull(policy.perMile());
                Long metres = distance(perMile.distance(), facts);
                if (metres == null) {
                    return new AnnualOrReason.Reason("The decision has no measurement of " + perMile.distance().words
                            + ", which this policy pays by: set the amount with a reason.");
                }
                BigDecimal miles = miles(metres);
                int journeys = facts.journeys() == BudgetFacts.Journeys.BOTH_WAYS ? perMile.journeysPerDay() : perMile.journeysOneWayOnly();
                BigDecimal exactDaily = miles.multiply(BigDecimal.valueOf(journeys)).multiply(BigDecimal.valueOf(perMile.rate().pence()));
                daily = Money.ofPence(exactDaily.setScale(0, RoundingMode.HALF_UP).longValueExact());
                base = daily.times(days);
                lines.add(Line.of("Distance: " + milesWords(miles) + " one way, by " + perMile.distance().words
                        + ", as measured for the decision."));
                lines.add(Line.of("Journeys: " + journeys + " a day, " + facts.journeys().words
                        + (facts.journeys() == BudgetFacts.Journeys.BOTH_WAYS ? " (there and back twice)" : "") + "."));
                String perDay = milesWords(miles) + " × " + journeys + " journeys × " + rate(perMile.rate());
                if (exactDaily.stripTrailingZeros().scale() <= 0) {
                    lines.add(new Line(perDay + " × " + days + " days = " + base.formatted(), base));
                    lines.add(new Line("That is " + daily.formatted() + " a school day.", daily));
                } else {
                    lines.add(new Line(perDay + " = " + daily.formatted() + " a day (" + pounds(exactDaily)
                            + " rounded to the nearest penny)", daily));
                    lines.add(new Line(daily.formatted() + " a day × " + days + " days = " + base.formatted(), base));
                }
                if (partTime) {
                    lines.add(Line.of("The child attends " + days + " days a year, not the full " + policyDays + "."));
                }
            }
            case DISTANCE_BANDS -> {
                Long metres = distance(policy.bandDistance(), facts);
                if (metres == null) {
                    return new AnnualOrReason.Reason("The decision has no measurement of " + policy.bandDistance().words
                            + ", which this policy's bands use: set the amount with a reason.");
                }
                BudgetPolicy.Band band = band(policy.bands(), metres);
                BigDecimal miles = miles(metres);
                lines.add(Line.of("Distance: " + milesWords(miles) + " one way, by " + policy.bandDistance().words
                        + ", as measured for the decision."));
                lines.add(new Line(milesWords(miles) + " is in the band \"" + band.words() + "\": " + band.annual().formatted()
                        + " a year", band.annual()));
                if (partTime && band.partTime() != null) {
                    base = band.partTime();
                    lines.add(new Line("Part-time (" + days + " of " + policyDays + " days): the band's part-time amount, "
                            + base.formatted(), base));
                } else if (partTime) {
                    base = proRata(band.annual(), days, policyDays);
                    lines.add(new Line("Part-time: " + band.annual().formatted() + " × " + days + " ÷ " + policyDays + " days = "
                            + base.formatted(), base));
                } else {
                    base = band.annual();
                }
                daily = proRata(base, 1, days);
                lines.add(new Line("A school day is worth " + base.formatted() + " ÷ " + days + " days = " + daily.formatted()
                        + ", rounded to the nearest penny.", daily));
            }
            case SET_BY_OFFICER -> {
                if (facts.setByOfficer() == null || facts.officerReason() == null || facts.officerReason().isBlank()) {
                    return new AnnualOrReason.Reason("The council sets this budget case by case: enter the amount for a year "
                            + "and the reason for it.");
                }
                base = facts.setByOfficer();
                daily = proRata(base, 1, days);
                lines.add(new Line("Set by the council: " + facts.officerReason().strip() + ": " + base.formatted() + " a year", base));
                lines.add(new Line("A school day is worth " + base.formatted() + " ÷ " + days + " days = " + daily.formatted()
                        + ", rounded to the nearest penny.", daily));
            }
            default -> throw new IllegalStateException("Unknown model " + policy.model());
        }
        if (!base.isPositive()) {
            return new AnnualOrReason.Reason("The policy's working comes to nothing for this child (" + base.formatted()
                    + "): set the amount with a reason.");
        }
        Money annual = base;
        for (var supplement : policy.supplements()) {
            if (facts.conditionsMet().contains(supplement.code())) {
                Money added = supplement.perTerm().times(policy.termsInYear());
                annual = annual.plus(added);
                lines.add(new Line("Added because " + supplement.condition() + ": " + supplement.perTerm().formatted() + " a term × "
                        + policy.termsInYear() + " terms = " + added.formatted(), added));
            }
        }
        for (var deduction : policy.deductions()) {
            if (facts.conditionsMet().contains(deduction.code())) {
                annual = annual.minus(deduction.annual());
                lines.add(new Line("Taken off because " + deduction.condition() + ": " + deduction.annual().negate().formatted(),
                        deduction.annual().negate()));
            }
        }
        if (!annual.isPositive()) {
            return new AnnualOrReason.Reason("What is taken off (" + base.minus(annual).formatted() + ") is as much as the budget itself ("
                    + base.formatted() + "): check the deductions, or set the amount with a reason.");
        }
        if (annual.compareTo(base) != 0) {
            lines.add(new Line("For a year: " + annual.formatted(), annual));
        }
        return new AnnualOrReason.Amount(new Annual(annual, daily, lines));
    }

    private static @Nullable Long distance(DistanceBasis basis, BudgetFacts facts) {
        return switch (basis) {
            case ROAD -> facts.roadMetres();
            case WALKING -> facts.walkingIsStraightLine() ? null : facts.walkingMetres();
            case STRAIGHT_LINE -> facts.walkingIsStraightLine() ? facts.walkingMetres() : null;
        };
    }

    static BudgetPolicy.Band band(List<BudgetPolicy.Band> bands, long metres) {
        BigDecimal millimetres = BigDecimal.valueOf(metres).multiply(BigDecimal.valueOf(1000));
        BudgetPolicy.Band found = bands.getFirst();
        for (var band : bands) {
            int compared = millimetres.compareTo(band.fromMiles().multiply(MILLIMETRES_PER_MILE));
            if (band.above() ? compared > 0 : compared >= 0) {
                found = band;
            }
        }
        return found;
    }

    /** Miles to 2 decimal places, half up, as families are told distances. */
    static BigDecimal miles(long metres) {
        return BigDecimal.valueOf(metres).multiply(BigDecimal.valueOf(1000)).divide(MILLIMETRES_PER_MILE, 2, RoundingMode.HALF_UP);
    }

    private static String milesWords(BigDecimal miles) {
        String number = miles.stripTrailingZeros().toPlainString();
        return number + (miles.compareTo(BigDecimal.ONE) == 0 ? " mile" : " miles");
    }

    private static String rate(Money rate) {
        return rate.pence() < 100 ? rate.pence() + "p" : rate.formatted();
    }

    private static String pounds(BigDecimal pence) {
        return "£" + pence.movePointLeft(2).stripTrailingZeros().toPlainString();
    }
}
