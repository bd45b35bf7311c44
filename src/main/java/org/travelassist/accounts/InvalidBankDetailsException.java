package org.travelassist.accounts;

import java.util.Map;

/** The service refused bank details; {@link #problems()} are {@link BankDetailsRules}' messages by field. */
public class InvalidBankDetailsException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidBankDetailsException(Map<String, String> problems) {
        super("Invalid bank details: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
