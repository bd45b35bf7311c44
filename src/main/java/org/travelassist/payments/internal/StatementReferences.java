package org.travelassist.payments.internal;

import java.util.regex.Pattern;
import org.travelassist.payments.InvalidPaymentException;

/**
 * What may appear on a family's bank statement: BACS carries 18 characters of A–Z, 0–9, space and . / - &amp;, and
 * a reference must not be blank or all the same character (banks reject those), upper case as banks print them.
 */
final class StatementReferences {

    private static final Pattern ALLOWED = Pattern.compile("[A-Z0-9 ./&-]{1,18}");

    private StatementReferences() {}

    static String check(String reference) {
        String upper = reference.strip().toUpperCase(java.util.Locale.ROOT);
        if (!ALLOWED.matcher(upper).matches() || upper.chars().distinct().count() < 2) {
            throw new InvalidPaymentException("A statement reference is up to 18 letters, digits, spaces or . / - & and not all one "
                    + "character: \"" + reference + "\"");
        }
        return upper;
    }
}
