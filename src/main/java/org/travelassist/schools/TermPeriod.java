package org.travelassist.schools;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A stretch of a term calendar, first and last day included: a term, or a holiday, training day or closure. */
public record TermPeriod(Kind kind, String name, LocalDate firstDay, LocalDate lastDay) {

    public static final int NAME_MAX_LENGTH = 100;

    public enum Kind {
        TERM("Term"),
        HOLIDAY("Holiday"),
        TRAINING_DAY("Training day"),
        CLOSURE("Closure");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the school is shut for pupils on the period's days (everything but a term). */
        public boolean closes() {
            return this != TERM;
        }

        /** "term", "Holiday", "training day", "training_day", "INSET day" or "closure". */
        public static Optional<Kind> parse(String written) {
            String key = written.strip().toLowerCase(Locale.UK).replace('_', ' ').replace('-', ' ');
            if (key.equals("inset") || key.equals("inset day") || key.equals("staff training day")) {
                return Optional.of(TRAINING_DAY);
            }
            return Arrays.stream(values()).filter(kind -> kind.label.toLowerCase(Locale.UK).equals(key)).findFirst();
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public boolean overlaps(TermPeriod other) {
        return !other.lastDay.isBefore(firstDay) && !other.firstDay.isAfter(lastDay);
    }

    /** What a family is told when this period closes the school: its name, or the kind if it has none. */
    public String reason() {
        return name.isBlank() ? kind.label() : name;
    }
}
