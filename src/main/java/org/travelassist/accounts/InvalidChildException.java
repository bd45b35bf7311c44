package org.travelassist.accounts;

import java.util.Map;

/** The service refused a child's details; {@link #problems()} are {@link ChildRules}' messages by field. */
public class InvalidChildException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidChildException(Map<String, String> problems) {
        super("Invalid child details: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
