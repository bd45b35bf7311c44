package org.travelassist.budgets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.shared.Money;

/**
 * A budget as its pages show it: the offer or agreement, the working line by line, every instalment with its state,
 * the absences recorded and the terms.
 *
 * @param needsOfficer why the rules could not work the amount out, for the officer to set it; null when worked out
 * @param annual for a whole year; null until worked out or set
 * @param total what the instalments add up to (the annual amount, pro rata for a start during the year)
 * @param renews for next year's budget, the agreement it renews; {@code confirmBy} the last day a parent can confirm it
 * @param renewedBy next year's budget made for this one, once renewals have opened
 * @param repayments how the recovery is repaid, once an officer has set it; empty until then
 */
public record BudgetDetails(UUID id, UUID applicationId, String applicationReference, UUID householdId, String childName,
        @Nullable String schoolName, BudgetState state, String policyVersion, String distanceMethod, @Nullable String needsOfficer,
        @Nullable Money annual, @Nullable Money total, @Nullable Money dailyRate, List<Line> working, @Nullable String adjustedReason,
        LocalDate startsOn, List<InstalmentRow> instalments, @Nullable Instant sentAt, @Nullable Instant acceptedAt,
        @Nullable String acceptedByName, @Nullable Instant declinedAt, @Nullable String declineReason, @Nullable String withdrawnReason,
        @Nullable LocalDate endsOn, @Nullable String endReason, @Nullable Money recovery, List<AbsenceRow> absences, Terms terms,
        List<ChangeRow> changes, @Nullable UUID renews, @Nullable LocalDate confirmBy, @Nullable UUID renewedBy,
        List<RepaymentRow> repayments) {

    public BudgetDetails {
        working = List.copyOf(working);
        instalments = List.copyOf(instalments);
        absences = List.copyOf(absences);
        changes = List.copyOf(changes);
        repayments = List.copyOf(repayments);
    }

    /** One repayment of the recovery, as the officer set it, and when it was repaid. */
    public record RepaymentRow(int number, LocalDate dueOn, Money amount, @Nullable LocalDate repaidOn, @Nullable String recordedByName) {}

    /** A recovery with a plan, every repayment of it repaid. */
    public boolean recoveryReconciled() {
        return !repayments.isEmpty() && repayments.stream().allMatch(r -> r.repaidOn() != null);
    }

    /** Next year's budget, offered before this year's agreement ends. */
    public boolean isRenewal() {
        return renews != null;
    }

    /** A change of circumstances the family reported, with the amount previewed for it. */
    public record ChangeRow(Instant reportedAt, String reportedByName, String postcode, @Nullable String schoolName, String whatChanged,
            String preview) {}

    /** "£1,824.00 a year, paid in 3 instalments", or what is still missing. */
    public String summary() {
        if (annual == null || total == null) {
            return "The amount is to be set by the council";
        }
        String paid = instalments.size() + " instalment" + (instalments.size() == 1 ? "" : "s");
        return total.equals(annual) ? annual.formatted() + " a year, paid in " + paid
                : total.formatted() + " for the rest of this year (" + annual.formatted() + " for a whole year), paid in " + paid;
    }

    /**
     * @param planned what the schedule set; {@code amount} what will be (or was) paid after absences
     * @param adjustments each line taken off, with its reason
     */
    public record InstalmentRow(UUID id, int number, String label, LocalDate dueOn, LocalDate coversFrom, LocalDate coversTo,
            Money planned, Money amount, List<Line> adjustments, InstalmentState state, @Nullable String stateReason) {

        public InstalmentRow {
            adjustments = List.copyOf(adjustments);
        }
    }

    /** A month's attendance as an officer or the school recorded it; {@code dates} empty for a month recorded as a count. */
    public record AbsenceRow(LocalDate month, int schoolDays, int daysAbsent, List<LocalDate> dates, boolean medical,
            @Nullable Integer instalmentNumber, Money deduction, boolean needsReview, String recordedByName, boolean recordedBySchool) {

        public AbsenceRow {
            dates = List.copyOf(dates);
        }
    }

    /** What the family agrees to, from the policy the offer was made under. */
    public record Terms(List<String> mayBeSpentOn, List<String> mayNotBeSpentOn, List<String> tellTheCouncil, List<String> conditions,
            int noticeMonths, int attendanceThresholdPercent) {

        public Terms {
            mayBeSpentOn = List.copyOf(mayBeSpentOn);
            mayNotBeSpentOn = List.copyOf(mayNotBeSpentOn);
            tellTheCouncil = List.copyOf(tellTheCouncil);
            conditions = List.copyOf(conditions);
        }

        public static Terms of(BudgetPolicy policy) {
            return new Terms(policy.mayBeSpentOn(), policy.mayNotBeSpentOn(), policy.tellTheCouncil(), policy.terms(), policy.noticeMonths(),
                    policy.attendanceThresholdPercent());
        }
    }
}
