package org.travelassist.reporting;

import org.jspecify.annotations.Nullable;

/**
 * What the dashboard's figures are narrowed to.
 *
 * @param year the policy year the figures count in (open and overdue work is always "now")
 * @param schoolUrn one school's URN, or null for every school
 * @param sen whether to count only SEN applications, only the others, or all
 */
public record ReportFilter(PolicyYear year, @Nullable String schoolUrn, Sen sen) {

    public enum Sen {
        ALL("All children"),
        SEN_ONLY("Special educational needs only"),
        NOT_SEN("Without special educational needs");

        public final String label;

        Sen(String label) {
            this.label = label;
        }

        /** The SQL parameter: null for all, else whether the application is SEN. */
        public @Nullable Boolean sql() {
            return this == ALL ? null : this == SEN_ONLY;
        }
    }

    public static ReportFilter of(PolicyYear year) {
        return new ReportFilter(year, null, Sen.ALL);
    }
}
