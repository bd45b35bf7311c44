package org.travelassist.claims.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import org.travelassist.claims.AllowanceTerms;
import org.travelassist.claims.ClaimStatus.ClaimAction;
import org.travelassist.claims.ClaimStatus;
import org.travelassist.claims.ClaimedDay;
import org.travelassist.claims.DayAttendance;
import org.travelassist.claims.InvalidClaimException;
import org.travelassist.claims.MileageAssessment.AcceptedDay;
import org.travelassist.claims.MileageAssessment;
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
    @Embedded
    private AttendanceConfirmation confirmation = new AttendanceConfirmation();
    @Column(name = "query_text")
    private @Nullable String queryText;
    @Column(name = "query_reply")
    private @Nullable String queryReply;
    @Column(name = "rejected_reason")
    private @Nullable String rejectedReason;
    @Embedded
    private @Nullable ClaimCorrection correction;
    @Embedded
    private @Nullable FourEyes approvals;
    @Embedded
    private @Nullable ClaimPayment payment;

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
        confirmation.record(by, byName, byOfficer, now);
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
        correction = new ClaimCorrection();
        correction.record(by, byName, now, reason);
        approvals().withdrawFirstApproval();
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
        return correction().by(officer) || approvals().gaveFirstApproval(officer) || confirmation.byOfficer(officer);
    }

    /**
     * Records an officer's approval ({@link FourEyes}): with four eyes needed, the first is recorded and the claim
     * waits for a second officer who took no part; the last approval approves it.
     *
     * @return true when the claim is now approved
     */
    public boolean approve(boolean needsTwo, UUID by, String byName, Instant now) {
        require(ClaimAction.APPROVE);
        boolean tookPart = correction().by(by) || confirmation.byOfficer(by);
        if (!approvals().approve(needsTwo, tookPart, by, byName, now)) {
            return false;
        }
        status = ClaimStatus.APPROVED;
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
        approvals().withdrawFirstApproval();
    }

    public void answerQuery(String reply) {
        require(ClaimAction.ANSWER_QUERY);
        status = ClaimStatus.CONFIRMED;
        queryReply = reply;
    }

    public void paymentSent(LocalDate expectedOn) {
        require(ClaimAction.RECORD_PAYMENT);
        payment().sent(expectedOn);
    }

    public void paid(LocalDate on) {
        require(ClaimAction.RECORD_PAYMENT);
        status = ClaimStatus.PAID;
        payment().paid(on);
    }

    public void paymentFailed(String why) {
        require(ClaimAction.RECORD_PAYMENT);
        status = ClaimStatus.PAYMENT_FAILED;
        payment().failed(why);
    }

    // Hibernate loads an embedded part whose columns are all null as null: each part is made when first needed.
    private ClaimCorrection correction() {
        if (correction == null) {
            correction = new ClaimCorrection();
        }
        return correction;
    }

    private FourEyes approvals() {
        if (approvals == null) {
            approvals = new FourEyes();
        }
        return approvals;
    }

    private ClaimPayment payment() {
        if (payment == null) {
            payment = new ClaimPayment();
        }
        return payment;
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
    public AttendanceConfirmation getConfirmation() { return confirmation; }
    public @Nullable String getQueryText() { return queryText; }
    public @Nullable String getQueryReply() { return queryReply; }
    public @Nullable String getRejectedReason() { return rejectedReason; }
    /** Who corrected it and why; empty parts until an officer does. */
    public ClaimCorrection getCorrection() { return correction == null ? new ClaimCorrection() : correction; }
    public boolean isCorrected() { return correction != null && correction.happened(); }
    /** The first and last approvals. */
    public FourEyes getApprovals() { return approvals == null ? new FourEyes() : approvals; }
    /** Where the payment has got to. */
    public ClaimPayment getPayment() { return payment == null ? new ClaimPayment() : payment; }
}
