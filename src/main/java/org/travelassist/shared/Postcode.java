package org.travelassist.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in its normal form: upper case, one space before the inward code ("LE15 6HQ").
 * People type "le156hq" or " LE15  6HQ "; both become "LE15 6HQ". Whether it exists is for the postcode register.
 */
public record Postcode(String value) {

    // Outward code: A9, A99, AA9, AA99, A9A, AA9A; inward code: 9AA. Plus the GIR 0AA exception.
    private static final Pattern FORMAT = Pattern.compile("^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2})$");

    public static final int MAX_LENGTH = 8;

    /** What to tell someone whose typing cannot be a postcode (GOV.UK wording). */
    public static final String NOT_A_POSTCODE = "Enter a real postcode, like LE15 6HQ";

    public Postcode {
        if (!normalise(value).equals(Optional.of(value))) {
            throw new IllegalArgumentException("Not a UK postcode in normal form: " + value);
        }
    }

    /** The postcode in normal form, or empty when what was typed cannot be a UK postcode. */
    public static Optional<Postcode> parse(String typed) {
        return normalise(typed).map(Postcode::new);
    }

    private static Optional<String> normalise(String typed) {
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (!FORMAT.matcher(compact).matches()) {
            return Optional.empty();
        }
        int split = compact.length() - 3;
        return Optional.of(compact.substring(0, split) + " " + compact.substring(split));
    }

    @Override
    public String toString() {
        return value;
    }
}
