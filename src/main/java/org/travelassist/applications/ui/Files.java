package org.travelassist.applications.ui;

import java.util.Locale;

/** File sizes as people read them. */
final class Files {

    private Files() {}

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
