package org.travelassist.applications;

import java.util.Map;

/** What was sent cannot be accepted; the problems are by field, in the words the page shows. */
public class InvalidApplicationException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidApplicationException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public InvalidApplicationException(String field, String problem) {
        this(Map.of(field, problem));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
