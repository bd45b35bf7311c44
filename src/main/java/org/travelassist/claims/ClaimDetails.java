package org.travelassist.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Money;

/** A mileage claim with everything the family, the school and officers may be shown of it (each view picks). */
public record ClaimDetails(UUID id, String reference, UUID allowanceId, UUID householdId, String schoolUrn, String schoolName,
        List<String> childNames, LocalDate periodFrom, LocalDate periodTo, ClaimStatus status, @Nullable String note, Money amount,
        List<MileageAssessment.Line> lines, List<Day> days, List<MileageAssessment.RejectedDay> rejectedDays,
        @Nullable Instant sentAt, @Nullable String sentByName, boolean sentByAdviser, @Nullable LocalDate schoolConfirmBy,
        @Nullable Instant confirmedAt, @Nullable String confirmedByName, boolean confirmedByOfficer, @Nullable String queryText,
        @Nullable String queryReply, @Nullable String rejectedReason, @Nullable String correctedByName, @Nullable String correctionReason,
        @Nullable String firstApprovedByName, @Nullable String approvedByName, @Nullable Instant approvedAt, @Nullable LocalDate paymentExpectedOn, @Nullable LocalDate paidOn,
        @Nullable String paymentProblem, boolean needsSecondApproval, String policyVersion) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public ClaimDetails {
        childNames = List.copyOf(childNames);
        lines = List.copyOf(lines);
        days = List.copyOf(days);
        rejectedDays = List.copyOf(rejectedDays);
    }

    /** @param attendance null until the school confirms */
    public record Day(LocalDate date, Journeys journeys, int legs, @Nullable DayAttendance attendance) {
        public boolean paid() {
            return attendance == null || attendance == DayAttendance.ATTENDED;
        }
    }

    /** "March 2027", or "1 March 2027 to 12 April 2027" for a term. */
    public String period() {
        return periodFrom.getDayOfMonth() == 1 && periodTo.equals(periodFrom.withDayOfMonth(periodFrom.lengthOfMonth()))
                ? MONTH.format(periodFrom) : org.travelassist.shared.GovukDates.day(periodFrom) + " to " + org.travelassist.shared.GovukDates.day(periodTo);
    }

    public String children() {
        return childNames.size() <= 1 ? String.join("", childNames)
                : String.join(", ", childNames.subList(0, childNames.size() - 1)) + " and " + childNames.getLast();
    }

    public long daysPaid() {
        return days.stream().filter(Day::paid).count();
    }

    public List<Day> absences() {
        return days.stream().filter(day -> day.attendance() == DayAttendance.ABSENT).toList();
    }

    /** The first approval is recorded and a second officer must approve. */
    public boolean awaitsSecondApproval() {
        return needsSecondApproval && firstApprovedByName != null && status == ClaimStatus.CONFIRMED;
    }
}
