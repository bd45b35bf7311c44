package org.travelassist.budgets;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.shared.Money;

/**
 * What a reported change would mean, before anything changes: the entitlement re-checked from the new address or
 * school, and the budget worked out again under today's policy.
 *
 * @param entitlement the checker's answer for the new circumstances, in the family's words
 * @param annual the new amount for a year; null when an officer would have to set it
 * @param was the agreed amount for a year
 */
public record BudgetChangePreview(String postcode, @Nullable String schoolUrn, String schoolName, String entitlement,
        @Nullable Money annual, @Nullable Money was, List<Line> lines) {

    public BudgetChangePreview {
        lines = List.copyOf(lines);
    }

    /** "£2,090.00 a year instead of £1,824.00", or why the council must work it out. */
    public String summary() {
        if (annual == null) {
            return "The council will work out the new amount: " + (lines.isEmpty() ? "" : lines.getFirst().text());
        }
        return annual.formatted() + " a year" + (was == null ? "" : " instead of " + was.formatted());
    }
}
