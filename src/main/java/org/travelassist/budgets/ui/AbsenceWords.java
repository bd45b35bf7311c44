package org.travelassist.budgets.ui;

import java.util.stream.Collectors;
import org.travelassist.budgets.BudgetDetails.AbsenceRow;
import org.travelassist.shared.GovukDates;

/** The dates of a month's absences in words, the same on the officer's and the school's pages. */
final class AbsenceWords {

    private AbsenceWords() {}

    /** " (11 January 2027, 12 January 2027)", or nothing for a month recorded as a count. */
    static String dates(AbsenceRow absence) {
        return absence.dates().isEmpty() ? "" : absence.dates().stream().map(GovukDates::day).collect(Collectors.joining(", ", " (", ")"));
    }
}
