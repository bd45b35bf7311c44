package org.travelassist.applications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One question page of the application: one thing per page, as GOV.UK asks.
 *
 * @param heading the question, with {@code {child}} for the child's first name
 * @param options for choices: the stored value and its label, in order
 * @param required an answer is needed before the family can send the application
 */
public record Question(String key, Kind kind, String heading, String hint, Map<String, String> options, boolean required,
        String summaryLabel, String missing) {

    public enum Kind {
        SCHOOL,
        YES_NO,
        ONE_OF,
        SOME_OF,
        TEXT
    }

    public static final int MAX_TEXT = 4000;

    public Question {
        options = new LinkedHashMap<>(options);
    }

    public String heading(String childFirstName) {
        return heading.replace("{child}", childFirstName);
    }

    /** The problem with an answer, or null when it will do. Several choices are stored joined by commas. */
    public @Nullable String problem(@Nullable String answer) {
        String value = answer == null ? "" : answer.strip();
        if (value.isEmpty()) {
            return required ? missing : null;
        }
        return switch (kind) {
            case YES_NO -> List.of("yes", "no").contains(value) ? null : missing;
            case ONE_OF -> options.containsKey(value) ? null : missing;
            case SOME_OF -> List.of(value.split(",")).stream().allMatch(options::containsKey) ? null : missing;
            case TEXT -> value.length() > MAX_TEXT ? summaryLabel + " must be " + MAX_TEXT + " characters or fewer" : null;
            case SCHOOL -> null;
        };
    }

    /** The answer as the family reads it back on "Check your answers". */
    public String display(@Nullable String answer) {
        if (answer == null || answer.isBlank()) {
            return "Not answered";
        }
        return switch (kind) {
            case YES_NO -> "yes".equals(answer) ? "Yes" : "No";
            case ONE_OF -> options.getOrDefault(answer, answer);
            case SOME_OF -> String.join("\n", List.of(answer.split(",")).stream().map(v -> options.getOrDefault(v, v)).toList());
            case TEXT, SCHOOL -> answer;
        };
    }
}
