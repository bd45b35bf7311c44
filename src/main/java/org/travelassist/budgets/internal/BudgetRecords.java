package org.travelassist.budgets.internal;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.travelassist.budgets.BudgetDetails;
import org.travelassist.budgets.BudgetDetails.AbsenceRow;
import org.travelassist.budgets.BudgetDetails.InstalmentRow;
import org.travelassist.budgets.BudgetNotFoundException;
import org.travelassist.budgets.BudgetPolicies;
import org.travelassist.shared.RecordChanged;

/**
 * Budgets read and written for the module's services: each change saved with its audit record (in the same
 * transaction), and each budget turned into what its pages show.
 */
@Component
public class BudgetRecords {

    private final BudgetRepository budgets;
    private final AbsenceRepository absences;
    private final BudgetPolicies policies;
    private final ApplicationEventPublisher events;
    private final ChangeReportRepository changeReports;
    private final RepaymentRepository repayments;

    BudgetRecords(BudgetRepository budgets, AbsenceRepository absences, BudgetPolicies policies, ApplicationEventPublisher events,
            ChangeReportRepository changeReports, RepaymentRepository repayments) {
        this.repayments = repayments;
        this.changeReports = changeReports;
        this.budgets = budgets;
        this.absences = absences;
        this.policies = policies;
        this.events = events;
    }

    public Budget find(UUID id) {
        return budgets.findById(id).orElseThrow(() -> new BudgetNotFoundException(id));
    }

    public java.util.List<Budget> ofHousehold(UUID householdId) {
        return budgets.findByHouseholdIdOrderByCreatedAtDesc(householdId);
    }

    /** Next year's budget made for an agreement, if renewals have reached it. */
    public java.util.Optional<Budget> renewalOf(Budget budget) {
        return budgets.renewalOf(budget.getId());
    }

    public void created(Budget budget) {
        budgets.save(budget);
        events.publishEvent(RecordChanged.created("Budget", budget.getId(), budget.householdId(), budget.snapshot()));
    }

    /** Saves a change made by {@code change} with the budget's fields before and after it, for the audit trail. */
    public Budget change(Budget budget, Runnable change) {
        Map<String, @Nullable String> before = budget.snapshot();
        change.run();
        budgets.save(budget);
        events.publishEvent(RecordChanged.changed("Budget", budget.getId(), budget.householdId(), before, budget.snapshot()));
        return budget;
    }

    public void instalmentChanged(Instalment instalment, Map<String, @Nullable String> before) {
        events.publishEvent(RecordChanged.changed("BudgetInstalment", instalment.getId(), instalment.budget().householdId(), before,
                instalment.snapshot()));
    }

    public void absenceRecorded(Absence absence, UUID householdId) {
        absences.save(absence);
        events.publishEvent(RecordChanged.created("BudgetAbsence", absence.getId(), householdId, absence.snapshot()));
    }

    /** Sets a recovery's repayments, each audited. */
    public void repaymentsPlanned(Budget budget, java.util.List<org.travelassist.budgets.RecoveryRules.Repayment> planned, String byName,
            java.time.Instant now) {
        for (var repayment : planned) {
            var saved = repayments.save(new Repayment(budget.getId(), repayment, byName, now));
            events.publishEvent(RecordChanged.created("BudgetRepayment", saved.getId(), budget.householdId(), saved.snapshot()));
        }
    }

    public java.util.List<Repayment> repayments(Budget budget) {
        return repayments.findByBudgetIdOrderByNumber(budget.getId());
    }

    /** Marks a repayment repaid, audited; false when it already was. */
    public boolean repaid(Budget budget, Repayment repayment, java.time.LocalDate on, String byName) {
        var before = repayment.snapshot();
        if (!repayment.repaid(on, byName)) {
            return false;
        }
        repayments.save(repayment);
        events.publishEvent(RecordChanged.changed("BudgetRepayment", repayment.getId(), budget.householdId(), before, repayment.snapshot()));
        return true;
    }

    public void changeReported(ChangeReport report, UUID householdId) {
        changeReports.save(report);
        events.publishEvent(RecordChanged.created("BudgetChangeReport", report.getId(), householdId, report.snapshot()));
    }

    public BudgetDetails details(Budget budget) {
        var policy = policies.version(budget.policyVersion()).orElseGet(() -> policies.inForce(budget.startsOn()));
        return new BudgetDetails(budget.getId(), budget.applicationId(), budget.applicationReference(), budget.householdId(),
                budget.childName(), budget.schoolName(), budget.state(), budget.policyVersion(), budget.distanceMethod(),
                budget.needsOfficer(), budget.annual(), budget.total(), budget.dailyRate(), budget.working(), budget.adjustedReason(),
                budget.startsOn(), budget.instalments().stream().map(BudgetRecords::row).toList(), budget.sentAt(), budget.acceptedAt(),
                budget.acceptedByName(), budget.declinedAt(), budget.declineReason(), budget.withdrawnReason(), budget.endsOn(),
                budget.endReason(), budget.recovery(), absences.findByBudgetIdOrderByMonth(budget.getId()).stream().map(BudgetRecords::row).toList(),
                BudgetDetails.Terms.of(policy), changeReports.findByBudgetIdOrderByReportedAtAsc(budget.getId()).stream()
                        .map(r -> new BudgetDetails.ChangeRow(r.reportedAt(), r.reportedByName(), r.postcode(), r.schoolName(), r.whatChanged(),
                                r.previewSummary())).toList(), budget.renewsBudgetId(), budget.confirmBy(),
                budgets.renewalOf(budget.getId()).map(Budget::getId).orElse(null),
                repayments.findByBudgetIdOrderByNumber(budget.getId()).stream().map(r -> new BudgetDetails.RepaymentRow(r.number(), r.dueOn(),
                        r.amount(), r.repaidOn(), r.repaidRecordedByName())).toList());
    }

    private static InstalmentRow row(Instalment i) {
        return new InstalmentRow(i.getId(), i.number(), i.label(), i.dueOn(), i.coversFrom(), i.coversTo(), i.planned(), i.amount(),
                i.adjustments(), i.state(), i.stateReason());
    }

    private static AbsenceRow row(Absence a) {
        return new AbsenceRow(a.month(), a.schoolDays(), a.daysAbsent(), a.absentDates(), a.medical(), a.instalmentNumber(), a.deduction(),
                a.needsReview(), a.recordedByName(), a.recordedBySchool());
    }
}
