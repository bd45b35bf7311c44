package org.travelassist.budgets.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.travelassist.applications.ApplicationDecided;
import org.travelassist.budgets.BudgetFacts;
import org.travelassist.budgets.BudgetState;
import org.travelassist.budgets.BudgetWorking;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.budgets.InstalmentState;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.Money;

/**
 * A personal transport budget, from the offer worked out at the decision to the agreement and its end. Every change
 * of state goes through {@link #moveTo}, which allows only the moves {@link BudgetState} lists; once accepted, its
 * amounts and schedule never change except by recorded absences and an ending with notice.
 */
@Entity
@Table(name = "budget")
public class Budget extends AbstractEntity {

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "occasion", nullable = false)
    private ApplicationDecided.Occasion occasion;

    @Column(name = "application_reference", nullable = false)
    private String applicationReference;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "child_id", nullable = false)
    private UUID childId;

    @Column(name = "child_name", nullable = false)
    private String childName;

    @Column(name = "school_urn")
    private @Nullable String schoolUrn;

    @Column(name = "school_name")
    private @Nullable String schoolName;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private BudgetState state = BudgetState.DRAFT;

    @Column(name = "policy_version", nullable = false)
    private String policyVersion;

    @Column(name = "walking_metres")
    private @Nullable Long walkingMetres;

    @Column(name = "walking_straight_line", nullable = false)
    private boolean walkingStraightLine;

    @Column(name = "road_metres")
    private @Nullable Long roadMetres;

    @Column(name = "distance_method", nullable = false)
    private String distanceMethod;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "needs_officer")
    private @Nullable String needsOfficer;

    @Column(name = "annual_pence")
    private @Nullable Long annualPence;

    @Column(name = "total_pence")
    private @Nullable Long totalPence;

    @Column(name = "daily_rate_pence")
    private @Nullable Long dailyRatePence;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "working", nullable = false)
    private List<StoredLine> working = new ArrayList<>();

    @Column(name = "adjusted_reason")
    private @Nullable String adjustedReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "sent_by_name")
    private @Nullable String sentByName;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Column(name = "accepted_by")
    private @Nullable UUID acceptedBy;

    @Column(name = "accepted_by_name")
    private @Nullable String acceptedByName;

    @Column(name = "declined_at")
    private @Nullable Instant declinedAt;

    @Column(name = "decline_reason")
    private @Nullable String declineReason;

    @Column(name = "withdrawn_reason")
    private @Nullable String withdrawnReason;

    @Column(name = "notice_given_on")
    private @Nullable LocalDate noticeGivenOn;

    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    @Column(name = "end_reason")
    private @Nullable String endReason;

    @Column(name = "recovery_pence")
    private @Nullable Long recoveryPence;

    /** Null for a budget a decision made (Hibernate reads an embeddable whose columns are all null as null). */
    @Embedded
    private @Nullable Renewal renewal;

    @Column(name = "agreement_pdf")
    private byte @Nullable [] agreementPdf;

    @OneToMany(mappedBy = "budget", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Instalment> instalments = new ArrayList<>();

    protected Budget() {
        this.applicationId = new UUID(0, 0);
        this.occasion = ApplicationDecided.Occasion.DECISION;
        this.applicationReference = "";
        this.householdId = new UUID(0, 0);
        this.childId = new UUID(0, 0);
        this.childName = "";
        this.policyVersion = "";
        this.distanceMethod = "";
        this.startsOn = LocalDate.EPOCH;
        this.decidedOn = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    Budget(ApplicationDecided decided, BudgetFacts facts, String policyVersion, Instant now) {
        this.applicationId = decided.applicationId();
        this.occasion = decided.occasion();
        this.applicationReference = decided.reference();
        this.householdId = decided.householdId();
        this.childId = decided.childId();
        this.childName = decided.childName();
        this.schoolUrn = decided.schoolUrn();
        this.schoolName = decided.schoolName();
        this.policyVersion = policyVersion;
        this.walkingMetres = facts.walkingMetres();
        this.walkingStraightLine = facts.walkingIsStraightLine();
        this.roadMetres = facts.roadMetres();
        this.distanceMethod = decided.distances().method();
        this.startsOn = facts.startsOn();
        this.decidedOn = decided.decidedOn();
        this.createdAt = now;
    }

    /**
     * Next year's budget for an agreement: a new offer with the same child, school and stored distances, worked out
     * under the policy in force when that year starts. The agreement it renews is not touched.
     */
    static Budget renewalOf(Budget renewed, String policyVersion, LocalDate startsOn, LocalDate confirmBy, Instant now) {
        return new Budget(renewed, new Renewal(renewed.getId(), confirmBy), policyVersion, startsOn, now);
    }

    private Budget(Budget renewed, Renewal renewal, String policyVersion, LocalDate startsOn, Instant now) {
        this.applicationId = renewed.applicationId;
        this.occasion = renewed.occasion;
        this.applicationReference = renewed.applicationReference;
        this.householdId = renewed.householdId;
        this.childId = renewed.childId;
        this.childName = renewed.childName;
        this.schoolUrn = renewed.schoolUrn;
        this.schoolName = renewed.schoolName;
        this.policyVersion = policyVersion;
        this.walkingMetres = renewed.walkingMetres;
        this.walkingStraightLine = renewed.walkingStraightLine;
        this.roadMetres = renewed.roadMetres;
        this.distanceMethod = renewed.distanceMethod;
        this.startsOn = startsOn;
        this.decidedOn = renewed.decidedOn;
        this.createdAt = now;
        this.renewal = renewal;
    }

    /** The facts the rules work from, as stored with the offer. */
    public BudgetFacts facts() {
        return new BudgetFacts(walkingMetres, walkingStraightLine, roadMetres, BudgetFacts.Journeys.BOTH_WAYS, null, java.util.Set.of(),
                startsOn, null, null);
    }

    /** Puts a worked-out offer in place, with its planned instalments; only while it is a draft. */
    void work(BudgetWorking worked, @Nullable String adjustment) {
        requireState(BudgetState.DRAFT, "change the amount");
        this.policyVersion = worked.policyVersion();
        this.needsOfficer = null;
        this.annualPence = worked.annual().pence();
        this.totalPence = worked.total().pence();
        this.dailyRatePence = worked.dailyRate().pence();
        this.startsOn = worked.startsOn();
        this.working = new ArrayList<>(StoredLine.of(worked.lines()));
        this.adjustedReason = adjustment;
        instalments.clear();
        worked.instalments().forEach(planned -> instalments.add(new Instalment(this, planned)));
    }

    /** The rules could not work it out: the officer must set the amount, for this reason. */
    void needsOfficer(String reason, List<Line> lines) {
        requireState(BudgetState.DRAFT, "change the amount");
        this.needsOfficer = reason;
        this.working = new ArrayList<>(StoredLine.of(lines));
        instalments.clear();
    }

    /** A draft worked out by the rules that an officer must still check before it is sent, for this reason. */
    void toCheck(String reason) {
        requireState(BudgetState.DRAFT, "mark for checking");
        this.needsOfficer = reason;
    }

    void send(String byName, Instant now) {
        if (annualPence == null) {
            throw new IllegalStateException("Set the amount before sending the offer");
        }
        moveTo(BudgetState.OFFERED);
        this.needsOfficer = null;
        this.sentAt = now;
        this.sentByName = byName;
    }

    void accept(UUID by, String byName, Instant now, byte[] pdf) {
        moveTo(BudgetState.ACCEPTED);
        this.acceptedAt = now;
        this.acceptedBy = by;
        this.acceptedByName = byName;
        this.agreementPdf = pdf.clone();
    }

    void decline(@Nullable String reason, Instant now, LocalDate today) {
        moveTo(BudgetState.DECLINED);
        this.declinedAt = now;
        this.declineReason = reason;
        instalments.forEach(instalment -> instalment.moveTo(InstalmentState.CANCELLED, "The family declined the budget", today));
    }

    void withdraw(String reason, LocalDate today) {
        moveTo(BudgetState.WITHDRAWN);
        this.withdrawnReason = reason;
        instalments.forEach(instalment -> instalment.moveTo(InstalmentState.CANCELLED, reason, today));
    }

    /** A renewal no parent confirmed by its day: it is not paid, and its instalments are cancelled. */
    void lapse(String reason, LocalDate today) {
        moveTo(BudgetState.LAPSED);
        this.withdrawnReason = reason;
        instalments.forEach(instalment -> instalment.moveTo(InstalmentState.CANCELLED, reason, today));
    }

    /** Notice given: instalments after the end are cancelled; what was paid for days after it is to be recovered. */
    void end(LocalDate noticeGiven, LocalDate lastDay, String reason, Money overpaid, LocalDate today) {
        moveTo(BudgetState.ENDING);
        this.noticeGivenOn = noticeGiven;
        this.endsOn = lastDay;
        this.endReason = reason;
        this.recoveryPence = overpaid.pence();
        instalments.stream().filter(i -> i.state().unpaid() && i.coversFrom().isAfter(lastDay))
                .forEach(i -> i.moveTo(InstalmentState.CANCELLED, "After the budget ends on " + lastDay, today));
    }

    private void moveTo(BudgetState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("A budget " + state + " cannot become " + next);
        }
        state = next;
    }

    private void requireState(BudgetState wanted, String what) {
        if (state != wanted) {
            throw new IllegalStateException("Cannot " + what + " of a budget that is " + state);
        }
    }

    Map<String, @Nullable String> snapshot() {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("applicationId", applicationId.toString());
        fields.put("occasion", occasion.name());
        fields.put("state", state.name());
        fields.put("policyVersion", policyVersion);
        fields.put("annual", annualPence == null ? null : Money.ofPence(annualPence).formatted());
        fields.put("total", totalPence == null ? null : Money.ofPence(totalPence).formatted());
        fields.put("startsOn", startsOn.toString());
        fields.put("adjustedReason", adjustedReason);
        fields.put("needsOfficer", needsOfficer);
        fields.put("acceptedBy", Objects.toString(acceptedBy, null));
        fields.put("declineReason", declineReason);
        fields.put("withdrawnReason", withdrawnReason);
        fields.put("endsOn", Objects.toString(endsOn, null));
        fields.put("endReason", endReason);
        fields.put("renewsBudgetId", Objects.toString(renewsBudgetId(), null));
        fields.put("confirmBy", Objects.toString(confirmBy(), null));
        fields.put("recovery", recoveryPence == null ? null : Money.ofPence(recoveryPence).formatted());
        return fields;
    }

    // ---- Reading ----------------------------------------------------------------------------------------------

    public UUID applicationId() { return applicationId; }
    public ApplicationDecided.Occasion occasion() { return occasion; }
    public String applicationReference() { return applicationReference; }
    public UUID householdId() { return householdId; }
    public UUID childId() { return childId; }
    public String childName() { return childName; }
    public @Nullable String schoolUrn() { return schoolUrn; }
    public @Nullable String schoolName() { return schoolName; }
    public BudgetState state() { return state; }
    public String policyVersion() { return policyVersion; }
    public String distanceMethod() { return distanceMethod; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate decidedOn() { return decidedOn; }
    public @Nullable String needsOfficer() { return needsOfficer; }
    public @Nullable Money annual() { return annualPence == null ? null : Money.ofPence(annualPence); }
    public @Nullable Money total() { return totalPence == null ? null : Money.ofPence(totalPence); }
    public @Nullable Money dailyRate() { return dailyRatePence == null ? null : Money.ofPence(dailyRatePence); }
    public List<Line> working() { return working.stream().map(StoredLine::line).toList(); }
    public @Nullable String adjustedReason() { return adjustedReason; }
    public Instant createdAt() { return createdAt; }
    public @Nullable Instant sentAt() { return sentAt; }
    public @Nullable String sentByName() { return sentByName; }
    public @Nullable Instant acceptedAt() { return acceptedAt; }
    public @Nullable String acceptedByName() { return acceptedByName; }
    public @Nullable Instant declinedAt() { return declinedAt; }
    public @Nullable String declineReason() { return declineReason; }
    public @Nullable String withdrawnReason() { return withdrawnReason; }
    public @Nullable LocalDate noticeGivenOn() { return noticeGivenOn; }
    public @Nullable LocalDate endsOn() { return endsOn; }
    public @Nullable String endReason() { return endReason; }
    public @Nullable Money recovery() { return recoveryPence == null ? null : Money.ofPence(recoveryPence); }
    public @Nullable UUID renewsBudgetId() { return renewal == null ? null : renewal.renewsBudgetId(); }
    public @Nullable LocalDate confirmBy() { return renewal == null ? null : renewal.confirmBy(); }
    /** Whether it is next year's budget for an agreement, to be confirmed by a parent. */
    public boolean isRenewal() { return renewal != null; }
    /** A renewal nobody confirmed by its day. */
    public boolean renewalLapsedOn(LocalDate today) { return renewal != null && renewal.lapsedOn(today); }
    public byte @Nullable [] agreementPdf() { return agreementPdf == null ? null : agreementPdf.clone(); }
    public List<Instalment> instalments() { return List.copyOf(instalments); }
}
