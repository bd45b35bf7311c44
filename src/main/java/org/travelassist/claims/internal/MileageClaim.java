package org.travelassist.claims.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.travelassist.claims.ClaimStatus;
import org.travelassist.claims.ClaimStatus.ClaimAction;
import org.travelassist.claims.ClaimedDay;
import org.travelassist.claims.DayAttendance;
import org.travelassist.claims.InvalidClaimException;
import org.travelassist.claims.MileageAssessment;
import org.travelassist.claims.MileageAssessment.AcceptedDay;
import org.travelassist.claims.AllowanceTerms;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.Money;

/**
 * A claim for a period's journeys on one allowance, from draft to paid. Its status changes only through the
 * methods below, each checked against {@link ClaimStatus}'s table; the version column makes two officers'
 * simultaneous approvals one approval and one refusal.
 */
@Entity
@Table(name = "mileage_claim")
public class MileageClaim extends AbstractEntity {

    @Column(name = "reference", nullable = false)
    private String reference;
    @Column(name = "allowance_id", nullable = false)
    private UUID allowanceId;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(name = "school_urn", nullable = false)
    private String schoolUrn;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ClaimStatus status = ClaimStatus.DRAFT;
    @Column(name = "note")
    private @Nullable String note;
    @Column(name = "amount_pence", nullable = false)
    private long amountPence;
    @Column(name = "policy_version", nullable = false)
    private String policyVersion;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private @Nullable Instant sentAt;
    @Column(name = "sent_by_name")
    private @Nullable String sentByName;
    @Column(name = "sent_by_adviser", nullable = false)
    private boolean sentByAdviser;
    @Column(name = "school_confirm_by")
    private @Nullable LocalDate schoolConfirmBy;
    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;
    @Column(name = "confirmed_by")
    private @Nullable UUID confirmedBy;
    @Column(name = "confirmed_by_name")
    private @Nullable String confirmedByName;
    @Column(name = "confirmed_by_officer", nullable = false)
    private boolean confirmedByOfficer;
    @Column(name = "query_text")
    private @Nullable String queryText;
    @Column(name = "query_reply")
    private @Nullable String queryReply;
    @Column(name = "rejected_reason")
    private @Nullable String rejectedReason;
    @Column(name = "corrected_by")
    private @Nullable UUID correctedBy;
    @Column(name = "corrected_by_name")
    private @Nullable String correctedByName;
    @Column(name = "corrected_at")
    private @Nullable Instant correctedAt;
    @Column(name = "correction_reason")
    private @Nullable String correctionReason;
    @Column(name = "first_approved_by")
    private @Nullable UUID firstApprovedBy;
    @Column(name = "first_approved_by_name")
    private @Nullable String firstApprovedByName;
    @Column(name = "first_approved_at")
    private @Nullable Instant firstApprovedAt;
    @Column(name = "approved_by")
    private @Nullable UUID approvedBy;
    @Column(name = "approved_by_name")
    private @Nullable String approvedByName;
    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;
    @Column(name = "payment_expected_on")
    private @Nullable LocalDate paymentExpectedOn;
    @Column(name = "paid_on")
    private @Nullable LocalDate paidOn;
    @Column(name = "payment_problem")
    private @Nullable String paymentProblem;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "claim_id", nullable = false)
    @OrderBy("day")
    private List<ClaimDay> days = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mileage_claim_line", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    private List<ClaimLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mileage_claim_rejected_day", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    private List<RejectedClaimDay> rejectedDays = new ArrayList<>();

    protected MileageClaim() {}

    public MileageClaim(MileageAllowance allowance, String reference, LocalDate periodFrom, LocalDate periodTo, String policyVersion,
            Instant now) {
        this.reference = reference;
        this.allowanceId = allowance.getId();
        this.householdId = allowance.getHouseholdId();
        this.schoolUrn = allowance.getSchoolUrn();
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.policyVersion = policyVersion;
        this.createdAt = now;
    }

    /** Refuses, in the words a person can act on, an action the status does not allow now. */
    public void require(ClaimAction action) {
        if (!status.allows(action)) {
            throw new InvalidClaimException("status", "You cannot " + action.words + " now: this claim is "
                    + status.label.toLowerCase(java.util.Locale.UK) + ".");
        }
    }

    /**
     * A draft's days as the family marked them, kept row by row (a day ticked again keeps its row), so saving
     * never deletes and re-inserts the same day.
     */
    public void draft(List<ClaimedDay> claimed, AllowanceTerms terms, @Nullable String note) {
        require(ClaimAction.SAVE);
        Map<LocalDate, ClaimedDay> wanted = claimed.stream().collect(Collectors.toMap(ClaimedDay::date, Function.identity(), (a, b) -> b));
        days.removeIf(day -> !wanted.containsKey(day.getDay()));
        for (ClaimedDay day : wanted.values()) {
            days.stream().filter(existing -> existing.getDay().equals(day.date())).findFirst().ifPresentOrElse(
                    existing -> existing.journeys(day.journeys(), day.journeys().legs(terms)),
                    () -> days.add(new ClaimDay(allowanceId, day.date(), day.journeys(), day.journeys().legs(terms))));
        }
        days.sort(Comparator.comparing(ClaimDay::getDay));
        this.note = note;
    }

    /** Sends it as the rules found it on the server: accepted days count, refused days are kept with their reasons. */
    public void send(MileageAssessment assessment, String byName, boolean byAdviser, LocalDate schoolConfirmBy, Instant now) {
        require(ClaimAction.SEND);
        Set<LocalDate> accepted = assessment.accepted().stream().map(AcceptedDay::date).collect(Collectors.toSet());
        days.removeIf(day -> !accepted.contains(day.getDay()));
        days.forEach(ClaimDay::count);
        rejectedDays.clear();
        assessment.rejected().forEach(rejected -> rejectedDays.add(new RejectedClaimDay(rejected)));
        price(assessment);
        status = ClaimStatus.SENT;
        sentAt = now;
        sentByName = byName;
        sentByAdviser = byAdviser;
        this.schoolConfirmBy = schoolConfirmBy;
    }

    /** The school (or an officer instead) confirms the days attended; the other days are absences, not paid. */
    public void confirmAttendance(Set<LocalDate> absent, UUID by, String byName, boolean byOfficer, Instant now) {
        require(ClaimAction.CONFIRM_ATTENDANCE);
        days.forEach(day -> day.attendance(absent.contains(day.getDay()) ? DayAttendance.ABSENT : DayAttendance.ATTENDED));
        status = ClaimStatus.CONFIRMED;
        confirmedAt = now;
        confirmedBy = by;
        confirmedByName = byName;
        confirmedByOfficer = byOfficer;
    }

    /** An officer's recorded correction: days taken out or their journeys changed. It then needs a second officer. */
    public void correct(Set<LocalDate> removed, Map<LocalDate, org.travelassist.claims.Journeys> journeys, AllowanceTerms terms,
            String reason, UUID by, String byName, Instant now) {
        require(ClaimAction.CORRECT);
        for (ClaimDay day : days) {
            if (removed.contains(day.getDay())) {
                day.attendance(DayAttendance.REMOVED);
            } else if (journeys.containsKey(day.getDay())) {
                day.journeys(journeys.get(day.getDay()), journeys.get(day.getDay()).legs(terms));
            }
        }
        correctedBy = by;
        correctedByName = byName;
        correctedAt = now;
        correctionReason = reason;
        firstApprovedBy = null;
        firstApprovedByName = null;
        firstApprovedAt = null;
    }

    /** The days that will be paid, for pricing. */
    public List<AcceptedDay> payableDays() {
        return days.stream().filter(ClaimDay::payable).map(day -> new AcceptedDay(day.getDay(), day.getJourneys(), day.getLegs())).toList();
    }

    public void price(MileageAssessment priced) {
        lines.clear();
        priced.lines().forEach(line -> lines.add(new ClaimLine(line)));
        amountPence = priced.total().pence();
    }

    /** Who may not give the second approval: whoever corrected it, gave the first approval, or confirmed attendance as an officer. */
    public boolean tookPart(UUID officer) {
        return officer.equals(correctedBy) || officer.equals(firstApprovedBy) || confirmedByOfficer && officer.equals(confirmedBy);
    }

    /**
     * Records an officer's approval. With four eyes needed, the first approval is recorded and the claim waits for
     * a second officer who took no part; the last approval approves it.
     *
     * @return true when the claim is now approved
     */
    public boolean approve(boolean needsTwo, UUID by, String byName, Instant now) {
        require(ClaimAction.APPROVE);
        if (needsTwo && firstApprovedBy == null) {
            if (tookPart(by)) {
                throw new InvalidClaimException("approve", "You corrected this claim or confirmed its attendance, so another officer must approve it.");
            }
            firstApprovedBy = by;
            firstApprovedByName = byName;
            firstApprovedAt = now;
            return false;
        }
        if (needsTwo && tookPart(by)) {
            throw new InvalidClaimException("approve", "A second officer who did not approve, correct or confirm this claim must approve it.");
        }
        status = ClaimStatus.APPROVED;
        approvedBy = by;
        approvedByName = byName;
        approvedAt = now;
        return true;
    }

    public void reject(String reason) {
        require(ClaimAction.REJECT);
        status = ClaimStatus.REJECTED;
        rejectedReason = reason;
        // Its days no longer count: the family may claim them again if the council says so.
        days.forEach(ClaimDay::uncount);
    }

    public void query(String question) {
        require(ClaimAction.QUERY);
        status = ClaimStatus.QUERIED;
        queryText = question;
        queryReply = null;
        firstApprovedBy = null;
        firstApprovedByName = null;
        firstApprovedAt = null;
    }

    public void answerQuery(String reply) {
        require(ClaimAction.ANSWER_QUERY);
        status = ClaimStatus.CONFIRMED;
        queryReply = reply;
    }

    public void paymentSent(LocalDate expectedOn) {
        require(ClaimAction.RECORD_PAYMENT);
        paymentExpectedOn = expectedOn;
    }

    public void paid(LocalDate on) {
        require(ClaimAction.RECORD_PAYMENT);
        status = ClaimStatus.PAID;
        paidOn = on;
        paymentProblem = null;
    }

    public void paymentFailed(String why) {
        require(ClaimAction.RECORD_PAYMENT);
        status = ClaimStatus.PAYMENT_FAILED;
        paymentProblem = why;
    }

    public Money amount() { return Money.ofPence(amountPence); }
    public List<MileageAssessment.Line> lines() { return lines.stream().map(ClaimLine::line).toList(); }
    public List<MileageAssessment.RejectedDay> rejectedDays() { return rejectedDays.stream().map(RejectedClaimDay::rejected).toList(); }
    public List<ClaimDay> getDays() { return List.copyOf(days); }
    public String getReference() { return reference; }
    public UUID getAllowanceId() { return allowanceId; }
    public UUID getHouseholdId() { return householdId; }
    public String getSchoolUrn() { return schoolUrn; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public ClaimStatus getStatus() { return status; }
    public @Nullable String getNote() { return note; }
    public String getPolicyVersion() { return policyVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public @Nullable Instant getSentAt() { return sentAt; }
    public @Nullable String getSentByName() { return sentByName; }
    public boolean isSentByAdviser() { return sentByAdviser; }
    public @Nullable LocalDate getSchoolConfirmBy() { return schoolConfirmBy; }
    public @Nullable Instant getConfirmedAt() { return confirmedAt; }
    public @Nullable String getConfirmedByName() { return confirmedByName; }
    public boolean isConfirmedByOfficer() { return confirmedByOfficer; }
    public @Nullable String getQueryText() { return queryText; }
    public @Nullable String getQueryReply() { return queryReply; }
    public @Nullable String getRejectedReason() { return rejectedReason; }
    public @Nullable String getCorrectedByName() { return correctedByName; }
    public @Nullable String getCorrectionReason() { return correctionReason; }
    public boolean isCorrected() { return correctedBy != null; }
    public @Nullable String getFirstApprovedByName() { return firstApprovedByName; }
    public boolean hasFirstApproval() { return firstApprovedBy != null; }
    public @Nullable String getApprovedByName() { return approvedByName; }
    public @Nullable Instant getApprovedAt() { return approvedAt; }
    public @Nullable LocalDate getPaidOn() { return paidOn; }
    public @Nullable LocalDate getPaymentExpectedOn() { return paymentExpectedOn; }
    public @Nullable String getPaymentProblem() { return paymentProblem; }
}
