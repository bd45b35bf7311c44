package org.travelassist.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.reporting.FigureTable.Column;
import org.travelassist.reporting.FigureTable.Row;
import org.travelassist.shared.Money;

/**
 * What personal transport budgets and mileage cost in a policy year against what contracted transport would have
 * cost for the same children on the same days, worked out line by line as the table's "counted how". Pure: the
 * children, pounds and days come counted from PostgreSQL.
 *
 * <p>A child with special educational needs is compared with a single-occupancy taxi, any other child with a seat on
 * a shared route, each at the council's average cost a year per pupil, for the share of the year the money covered.
 */
public final class CostAvoided {

    private CostAvoided() {}

    public enum Arrangement {
        BUDGET("Personal transport budgets"),
        MILEAGE("Mileage allowances");

        public final String label;

        Arrangement(String label) {
            this.label = label;
        }
    }

    /** What one arrangement cost for children with, or without, special educational needs. */
    public record Group(Arrangement arrangement, boolean sen, long children, Money cost, long days) {}

    /** The contracted transport a child would have instead, at its yearly cost per pupil. */
    public record Prices(Money taxi, Money sharedRoute) {

        Money perYear(boolean sen) {
            return sen ? taxi : sharedRoute;
        }
    }

    /** {@code yearly} for {@code days} out of {@code daysInYear}, to the nearest penny (half a penny up). */
    static Money forDays(Money yearly, long days, long daysInYear) {
        return Money.ofPence(BigDecimal.valueOf(Math.multiplyExact(yearly.pence(), days))
                .divide(BigDecimal.valueOf(daysInYear), 0, RoundingMode.HALF_UP).longValueExact());
    }

    /**
     * @param groups at most one per arrangement and SEN
     * @param childrenWithEither children on a budget or mileage or both, each once
     */
    public static FigureTable table(PolicyYear year, List<Group> groups, long childrenWithEither, Prices prices) {
        long daysInYear = ChronoUnit.DAYS.between(year.first(), year.last()) + 1;
        var rows = new ArrayList<Row>();
        var working = new ArrayList<String>();
        var contractWorking = new ArrayList<String>();
        Money cost = Money.ZERO;
        Money contracted = Money.ZERO;
        for (Arrangement arrangement : Arrangement.values()) {
            Money arrangementCost = Money.ZERO;
            Money arrangementContracted = Money.ZERO;
            long children = 0;
            for (Group group : groups) {
                if (group.arrangement() != arrangement) {
                    continue;
                }
                Money instead = forDays(prices.perYear(group.sen()), group.days(), daysInYear);
                contractWorking.add(arrangement.label + ", " + children(group.children()) + (group.sen() ? " with SEN, in a single-occupancy taxi: "
                        : " without SEN, on a shared route: ") + String.format(java.util.Locale.UK, "%,d", group.days()) + " days ÷ " + daysInYear
                        + " × " + prices.perYear(group.sen()).formatted() + " = " + instead.formatted() + ".");
                arrangementCost = arrangementCost.plus(group.cost());
                arrangementContracted = arrangementContracted.plus(instead);
                children += group.children();
            }
            rows.add(row(arrangement.label, children, arrangementCost, arrangementContracted));
            cost = cost.plus(arrangementCost);
            contracted = contracted.plus(arrangementContracted);
            working.add(arrangement == Arrangement.BUDGET
                    ? "Budgets: the instalments of agreed budgets due in the year, as reduced for absence, not those cancelled: "
                            + arrangementCost.formatted() + " for " + children(children) + "."
                    : "Mileage: the claims for months in the year that the council approved (paid, on their way, or to be sent again "
                            + "after a failed payment): " + arrangementCost.formatted() + " for " + children(children)
                            + ". A claim for brothers and sisters at one school is shared equally between them.");
        }
        rows.add(row("Together", childrenWithEither, cost, contracted));
        Money saving = contracted.minus(cost);
        var countedHow = new ArrayList<String>();
        countedHow.add(cost.isZero() && contracted.isZero() ? "In " + year.label() + ": no budget or mileage paid for yet."
                : "In " + year.label() + ": budgets and mileage cost " + cost.formatted() + "; contracted transport for the same children "
                        + "on the same days would have cost " + contracted.formatted() + ", so the council saved " + saving.formatted()
                        + (contracted.isZero() ? "." : " (" + FigureTable.shown(percent(saving, contracted)) + "%)."));
        countedHow.addAll(working);
        countedHow.add("Contracted transport instead: a child with special educational needs in a single-occupancy taxi at "
                + prices.taxi().formatted() + " a year, any other child in a seat on a shared route at " + prices.sharedRoute().formatted()
                + " a year (the council's average costs per pupil), for the days the budget's instalments or the claims covered, out of the "
                + daysInYear + " days of the year. A child's days are counted once, however many payments covered them.");
        countedHow.addAll(contractWorking);
        countedHow.add("Saving: " + contracted.formatted() + " − " + cost.formatted() + " = " + saving.formatted() + ".");
        return new FigureTable("Cost of budgets and mileage against contracted transport, " + year.label(), "Arrangement",
                List.of(new Column("Children", false), Column.pounds("What they cost (£)", true),
                        Column.pounds("Contracted transport for the same children and days (£)", true), Column.pounds("Saving (£)", false),
                        new Column("Saving (%)", false)),
                rows, countedHow);
    }

    private static Row row(String label, long children, Money cost, Money contracted) {
        Money saving = contracted.minus(cost);
        return new Row(label, Arrays.asList(children, FigureTable.pounds(cost), FigureTable.pounds(contracted), FigureTable.pounds(saving),
                percent(saving, contracted)));
    }

    private static String children(long count) {
        return count == 1 ? "1 child" : count + " children";
    }

    private static @Nullable BigDecimal percent(Money part, Money whole) {
        return whole.isZero() ? null
                : BigDecimal.valueOf(Math.multiplyExact(part.pence(), 100)).divide(BigDecimal.valueOf(whole.pence()), 1, RoundingMode.HALF_UP);
    }
}
