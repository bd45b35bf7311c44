package org.travelassist.budgets.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.budgets.AttendanceRules;
import org.travelassist.budgets.BudgetPolicies;
import org.travelassist.budgets.BudgetPolicy;
import org.travelassist.budgets.BudgetRules;
import org.travelassist.budgets.InvalidBudgetException;
import org.travelassist.shared.GovukDates;

/**
 * One month's absences for one budget, checked and recorded the same way whoever records them (an officer on the
 * budget's page, or the school's office for its pupils): the month once, each date a school day by the school's term
 * dates, then the next instalment reduced line by line and low attendance put on the review list. The services
 * check who may record them.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AbsenceRecording {

    private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);

    private final AbsenceRepository absences;
    private final BudgetChanges changes;
    private final BudgetSchoolDays schoolDays;
    private final BudgetPolicies policies;
    private final Clock clock;

    AbsenceRecording(AbsenceRepository absences, BudgetChanges changes, BudgetSchoolDays schoolDays, BudgetPolicies policies, Clock clock) {
        this.absences = absences;
        this.changes = changes;
        this.schoolDays = schoolDays;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * @param typedDates the days of the month absent ("3, 4, 17" or "3-5"); blank when the pupil attended every day
     * @param typedSchoolDays the days the school was open, needed only where its term dates for the month are not held
     * @throws InvalidBudgetException with the problems by field ("month", "daysAbsent", "schoolDays")
     */
    public Budget record(Budget budget, @Nullable YearMonth month, String typedSchoolDays, String typedDates, boolean medical, String byName,
            boolean bySchool) {
        if (!budget.state().agreed()) {
            throw new InvalidBudgetException("Attendance is recorded only for an agreed budget.");
        }
        LocalDate today = GovukDates.today(clock);
        var problems = new LinkedHashMap<String, String>();
        if (month == null) {
            problems.put("month", "Choose the month");
        } else if (month.isAfter(YearMonth.from(today))) {
            problems.put("month", "You can record a month only once it has started");
        } else if (month.isBefore(YearMonth.from(budget.startsOn()))) {
            problems.put("month", "The budget started on " + GovukDates.day(budget.startsOn()) + ": choose a month from then");
        } else if (absences.existsByBudgetIdAndMonth(budget.getId(), month.atDay(1))) {
            problems.put("month", "Attendance for " + MONTH.format(month) + " is already recorded");
        }
        if (!problems.isEmpty()) {
            throw new InvalidBudgetException(problems);
        }
        YearMonth checked = Objects.requireNonNull(month);
        var attendance = switch (AttendanceRules.month(checked, typedDates, typedSchoolDays, schoolDays.month(budget.schoolUrn(), checked),
                budget.startsOn(), today)) {
            case AttendanceRules.Accepted accepted -> accepted.month();
            case AttendanceRules.Refused refused -> throw new InvalidBudgetException(refused.problems());
        };
        BudgetPolicy policy = policies.version(budget.policyVersion()).orElseGet(() -> policies.inForce(budget.startsOn()));
        boolean review = BudgetRules.needsReview(policy, attendance.schoolDays(), attendance.absent().size(), medical);
        return changes.absence(budget, checked, attendance, medical, review, byName, bySchool);
    }
}
