package org.travelassist.shared;

import org.jspecify.annotations.Nullable;

/**
 * Text people typed or pasted, made safe to keep and to put in a letter's XML. Word and some phones paste control
 * characters (U+000B, the "vertical tab", is Word's line break) that XML 1.0 forbids: one in review grounds made the
 * letter impossible to render, so the review could not be decided. Line breaks and tabs are kept, as people meant
 * them; every other control character, lone surrogate and non-character goes.
 */
public final class PlainText {

    private PlainText() {}

    /** The text without the characters XML cannot hold; U+000B and form feeds become line breaks. Null stays null. */
    public static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        var clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\u000B' || c == '\f' || c == '\u2028' || c == '\u2029') {
                clean.append('\n');
            } else if (c == '\r') {
                if (i >= text.length() || text.charAt(i) != '\n') {
                    clean.append('\n');
                }
            } else if (allowed(c)) {
                clean.appendCodePoint(c);
            }
        }
        return clean.toString();
    }

    /** As {@link #clean}, for a value that is never null. */
    public static String cleanText(String text) {
        return java.util.Objects.requireNonNull(clean(text));
    }

    private static boolean allowed(int c) {
        if (c == '\t' || c == '\n') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        if (Character.getType(c) == Character.SURROGATE) {
            return false;
        }
        return !(c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE);
    }
}
