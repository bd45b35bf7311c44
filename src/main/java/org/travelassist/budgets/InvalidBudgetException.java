package org.travelassist.budgets;

import java.util.LinkedHashMap;
import java.util.Map;

/** A step refused, with a message for each field (in GOV.UK words), or under "budget" for the step as a whole. */
public class InvalidBudgetException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidBudgetException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = new LinkedHashMap<>(problems);
    }

    public InvalidBudgetException(String message) {
        this(Map.of("budget", message));
    }

    public Map<String, String> problems() {
        return Map.copyOf(problems);
    }
}
