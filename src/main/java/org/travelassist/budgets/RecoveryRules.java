package org.travelassist.budgets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.travelassist.shared.Money;

/**
 * A recovery paid back in instalments (pure): the amounts an officer types, read strictly as money, must add up to
 * what is to be recovered exactly, to the penny; the first is due on the day given and the rest a month apart.
 */
public final class RecoveryRules {

    /** More repayments than this is a typing mistake: two years of monthly repayments. */
    public static final int MOST_REPAYMENTS = 24;

    private RecoveryRules() {}

    public record Repayment(int number, LocalDate dueOn, Money amount) {}

    public sealed interface Plan permits Planned, Refused {}

    public record Planned(List<Repayment> repayments) implements Plan {

        public Planned {
            repayments = List.copyOf(repayments);
        }
    }

    public record Refused(String problem) implements Plan {}

    /**
     * @param typedAmounts one amount per repayment, separated by commas, semicolons or new lines ("£50.00, £50.00, £23.45")
     */
    public static Plan plan(Money recovery, String typedAmounts, LocalDate firstDue) {
        if (!recovery.isPositive()) {
            return new Refused("There is nothing to recover");
        }
        var amounts = new ArrayList<Money>();
        for (String typed : typedAmounts.strip().split("\\s*[;\\n]\\s*|,\\s+|\\s*,(?!\\d{3}\\b)\\s*")) {
            if (typed.isBlank()) {
                continue;
            }
            switch (Money.parse(typed)) {
                case Money.Parsed.Amount amount when amount.money().isPositive() -> amounts.add(amount.money());
                case Money.Parsed.Amount zero -> {
                    return new Refused("Repayment " + (amounts.size() + 1) + ": enter an amount more than £0.00");
                }
                case Money.Parsed.Refused refused -> {
                    return new Refused("Repayment " + (amounts.size() + 1) + " (\"" + typed + "\"): " + refused.message());
                }
            }
        }
        if (amounts.isEmpty()) {
            return new Refused("Enter the amount of each repayment, like " + suggestion(recovery, 3));
        }
        if (amounts.size() > MOST_REPAYMENTS) {
            return new Refused("Enter " + MOST_REPAYMENTS + " repayments or fewer");
        }
        Money sum = Money.sum(amounts);
        if (!sum.equals(recovery)) {
            return new Refused("The repayments add up to " + sum.formatted() + ", but " + recovery.formatted()
                    + " is to be recovered: they must add up to it exactly, like " + suggestion(recovery, amounts.size()));
        }
        var repayments = new ArrayList<Repayment>();
        for (int i = 0; i < amounts.size(); i++) {
            repayments.add(new Repayment(i + 1, firstDue.plusMonths(i), amounts.get(i)));
        }
        return new Planned(repayments);
    }

    /** Equal repayments that add up exactly, the odd pennies on the earliest: "£41.16; £41.15; £41.15". */
    public static String suggestion(Money recovery, int count) {
        return String.join("; ", recovery.allocate(count).stream().map(Money::formatted).toList());
    }
}
