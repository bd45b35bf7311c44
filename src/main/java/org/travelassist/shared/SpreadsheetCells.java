package org.travelassist.shared;

import org.jspecify.annotations.Nullable;

/** Text for a CSV that people open in a spreadsheet. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /**
     * What someone typed, safe to open in a spreadsheet: a cell starting with =, +, -, @, tab or return would run as
     * a formula, so it is prefixed with an apostrophe (OWASP CSV injection). Null becomes an empty cell.
     */
    public static String safe(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
