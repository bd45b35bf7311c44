package org.travelassist.budgets;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.budgets.internal.AbsenceRecording;
import org.travelassist.budgets.internal.AbsenceRepository;
import org.travelassist.budgets.internal.Budget;
import org.travelassist.budgets.internal.BudgetRecords;
import org.travelassist.budgets.internal.BudgetRepository;
import org.travelassist.schools.SchoolStaff;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;

/**
 * A school's office records the days its pupils on travel budgets were absent, a month at a time and for many pupils
 * at once (issue 12, item 4). Staff see only their own schools' pupils ({@link SchoolStaff#requireStaffOf} on every
 * budget), and only names and dates: no address, needs or bank details. What they record goes the officer's way
 * ({@link AbsenceRecording}): each date a school day, the next payment reduced line by line for the family to see.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.SCHOOL_STAFF + "')")
public class SchoolBudgetAttendance {

    private static final List<BudgetState> PAID = List.of(BudgetState.ACCEPTED, BudgetState.ENDING);

    private final BudgetRepository budgets;
    private final AbsenceRepository absences;
    private final BudgetRecords records;
    private final AbsenceRecording attendance;
    private final SchoolStaff staff;
    private final CurrentUser currentUser;

    SchoolBudgetAttendance(BudgetRepository budgets, AbsenceRepository absences, BudgetRecords records, AbsenceRecording attendance,
            SchoolStaff staff, CurrentUser currentUser) {
        this.budgets = budgets;
        this.absences = absences;
        this.records = records;
        this.attendance = attendance;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    /**
     * A pupil on a budget, as the school sees them: name, school and, once recorded, the month's absences.
     *
     * @param recorded the month's absences in words once recorded ("2 days: 11 January 2027, 12 January 2027"); null until then
     */
    public record Pupil(UUID budgetId, String childName, String schoolName, @Nullable String recorded) {}

    /** The pupils at the signed-in person's schools with a budget paid for some of {@code month}, by name. */
    @Transactional(readOnly = true)
    public List<Pupil> pupils(YearMonth month) {
        var schools = staff.mySchools();
        if (schools.isEmpty()) {
            return List.of();
        }
        return budgets.findBySchoolUrnInAndStateIn(schools, PAID).stream().filter(budget -> covers(budget, month))
                .map(budget -> new Pupil(budget.getId(), budget.childName(), Objects.requireNonNullElse(budget.schoolName(), ""),
                        absences.findByBudgetIdOrderByMonth(budget.getId()).stream().filter(a -> a.month().equals(month.atDay(1))).findFirst()
                                .map(a -> a.daysAbsent() == 0 ? "No days absent" : a.daysAbsent() + " day" + (a.daysAbsent() == 1 ? "" : "s")
                                        + " absent" + (a.absentDates().isEmpty() ? "" : ": " + String.join(", ",
                                                a.absentDates().stream().map(GovukDates::day).toList())))
                                .orElse(null)))
                .sorted(Comparator.comparing(Pupil::childName).thenComparing(Pupil::schoolName)).toList();
    }

    /**
     * Records a month's absences for several pupils at once: for each budget, the days of the month absent ("3, 4, 17"
     * or "3-5"). Blank entries are left out. All or nothing: any problem refuses the lot, each reported at its pupil
     * (field {@code absent-<budgetId>}), and nothing is saved.
     *
     * @param typedSchoolDays the days the school was open, needed only where its term dates for the month are not held
     * @return how many pupils' months were recorded
     * @throws org.springframework.security.access.AccessDeniedException (audited) for a pupil at a school not the person's
     */
    @Transactional
    public int record(YearMonth month, Map<UUID, String> typedDatesByBudget, String typedSchoolDays) {
        String byName = currentUser.require().displayName();
        var problems = new LinkedHashMap<String, String>();
        int recorded = 0;
        for (var entry : typedDatesByBudget.entrySet()) {
            if (entry.getValue().isBlank()) {
                continue;
            }
            Budget budget = records.find(entry.getKey());
            staff.requireStaffOf(Objects.requireNonNullElse(budget.schoolUrn(), ""));
            try {
                attendance.record(budget, month, typedSchoolDays, entry.getValue(), false, byName, true);
                recorded++;
            } catch (InvalidBudgetException e) {
                String why = String.join("; ", e.problems().values());
                if (e.problems().containsKey(AttendanceRules.SCHOOL_DAYS_FIELD)) {
                    problems.put(AttendanceRules.SCHOOL_DAYS_FIELD, e.problems().get(AttendanceRules.SCHOOL_DAYS_FIELD));
                } else {
                    problems.put("absent-" + budget.getId(), budget.childName() + ": " + why);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidBudgetException(problems);
        }
        if (recorded == 0) {
            throw new InvalidBudgetException(Map.of("absences", "Enter the days absent for at least one pupil"));
        }
        return recorded;
    }

    private static boolean covers(Budget budget, YearMonth month) {
        var instalments = budget.instalments();
        if (instalments.isEmpty()) {
            return false;
        }
        LocalDate first = budget.startsOn();
        LocalDate last = budget.endsOn() != null ? budget.endsOn() : instalments.getLast().coversTo();
        return !month.atDay(1).isAfter(last) && !month.atEndOfMonth().isBefore(first);
    }
}
