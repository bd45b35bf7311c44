package org.travelassist.budgets;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Money;

/**
 * What a budget is worked out from: the distances stored with the decision (never measured again here), how the
 * child travels, the day the budget starts and what an officer found.
 *
 * @param walkingMetres the shortest walking route one way; null when not measured
 * @param walkingIsStraightLine no walking route was found, so the walking figure is a straight line
 * @param roadMetres the shortest road route one way; null when not measured
 * @param attendanceDays the school days the child attends a year when fewer than the policy's (part-time); null for full time
 * @param conditionsMet the codes of the supplements and deductions that apply ("HIGHER_RATE_MOBILITY", "POST_16")
 * @param setByOfficer the amount for a year an officer set, with {@code officerReason}; only for {@link BudgetPolicy.Model#SET_BY_OFFICER}
 */
public record BudgetFacts(@Nullable Long walkingMetres, boolean walkingIsStraightLine, @Nullable Long roadMetres, Journeys journeys,
        @Nullable Integer attendanceDays, Set<String> conditionsMet, LocalDate startsOn, @Nullable Money setByOfficer,
        @Nullable String officerReason) {

    public BudgetFacts {
        conditionsMet = Set.copyOf(conditionsMet);
    }

    public static BudgetFacts measured(@Nullable Long walkingMetres, boolean walkingIsStraightLine, @Nullable Long roadMetres,
            LocalDate startsOn) {
        return new BudgetFacts(walkingMetres, walkingIsStraightLine, roadMetres, Journeys.BOTH_WAYS, null, Set.of(), startsOn, null, null);
    }

    public BudgetFacts startingOn(LocalDate day) {
        return new BudgetFacts(walkingMetres, walkingIsStraightLine, roadMetres, journeys, attendanceDays, conditionsMet, day, setByOfficer,
                officerReason);
    }

    /** How the child travels each school day. */
    public enum Journeys {
        BOTH_WAYS("to school and back"),
        MORNING_ONLY("to school in the morning only"),
        AFTERNOON_ONLY("home in the afternoon only"),
        RESIDENTIAL("at the start and end of each boarding stay");

        public final String words;

        Journeys(String words) {
            this.words = words;
        }
    }
}
