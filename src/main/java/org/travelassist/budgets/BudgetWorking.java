package org.travelassist.budgets;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Money;

/**
 * A budget worked out line by line, as the family and the officer read it: the annual amount, the daily rate that
 * absences are taken off at, and every instalment with its date.
 *
 * @param annual for the whole policy year, before any pro rata
 * @param total what the instalments add up to: the annual amount, pro rata for a start during the year
 * @param dailyRate what a day of school is worth: absences are taken off the next instalment at this rate
 */
public record BudgetWorking(String policyVersion, Money annual, Money total, Money dailyRate, List<Line> lines,
        BudgetPolicy.PolicyYear year, LocalDate startsOn, List<PlannedInstalment> instalments) {

    public BudgetWorking {
        lines = List.copyOf(lines);
        instalments = List.copyOf(instalments);
    }

    /** One line of the working: words, and the amount it comes to where it has one. */
    public record Line(String text, @Nullable Money amount) {

        public static Line of(String text) {
            return new Line(text, null);
        }
    }

    /**
     * @param label what it pays for, in words ("Autumn term", "October 2026")
     * @param coversFrom the first day it pays for; {@code coversTo} the last
     */
    public record PlannedInstalment(int number, String label, LocalDate dueOn, LocalDate coversFrom, LocalDate coversTo, Money amount) {}
}
