package org.travelassist.applications.internal;

import org.travelassist.applications.NewApplicationReason;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.travelassist.applications.ApplicationAction;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.ChallengeOutcome;
import org.travelassist.applications.ChallengeStage;
import org.travelassist.applications.Decision;
import org.travelassist.applications.HearingMode;
import org.travelassist.applications.InvalidApplicationException;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.RecordChanged;

/**
 * An application for travel assistance for one child, from draft to decision, review and appeal. Its status
 * changes only through the methods below, each checked against {@link ApplicationStatus}'s table of transitions.
 * It records its own creation and changes for the audit trail: Spring Data publishes them when the application is
 * saved ({@link DomainEvents}), in the transaction that changed it.
 */
@Entity
@Table(name = "application")
public class Application extends AbstractEntity {

    @Column(name = "reference")
    private @Nullable String reference;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "child_id", nullable = false)
    private UUID childId;

    @Column(name = "child_name", nullable = false)
    private String childName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "answers", nullable = false)
    private Map<String, String> answers = new LinkedHashMap<>();

    @Column(name = "school_urn")
    private @Nullable String schoolUrn;

    @Column(name = "school_name")
    private @Nullable String schoolName;

    @Column(name = "has_ehc_plan", nullable = false)
    private boolean hasEhcPlan;

    /** The engine's result as JSON, written by our own mapper so that it reads back exactly. */
    @Column(name = "eligibility", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private @Nullable String eligibility;

    /** What the assessment and decision were based on, in applications' own versioned layout ({@link MeasuredBases}). */
    @Column(name = "measured_basis", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private @Nullable String measuredBasis;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "submitted_by")
    private @Nullable UUID submittedBy;

    @Column(name = "decision_due")
    private @Nullable LocalDate decisionDue;

    @Column(name = "assigned_to")
    private @Nullable UUID assignedTo;

    @Column(name = "assigned_name")
    private @Nullable String assignedName;

    @Column(name = "officer_cannot_walk")
    private @Nullable Boolean officerCannotWalk;

    @Column(name = "officer_cannot_walk_reasons")
    private @Nullable String officerCannotWalkReasons;

    @Column(name = "officer_route_unsafe")
    private @Nullable Boolean officerRouteUnsafe;

    @Column(name = "officer_route_notes")
    private @Nullable String officerRouteNotes;

    @Column(name = "decision_eligible")
    private @Nullable Boolean decisionEligible;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_category")
    private @Nullable Category decisionCategory;

    @Convert(converter = OffersConverter.class)
    @Column(name = "decision_offers")
    private Set<Offer> decisionOffers = Set.of();

    @Column(name = "decision_reasons")
    private @Nullable String decisionReasons;

    @Column(name = "decided_by")
    private @Nullable UUID decidedBy;

    @Column(name = "decided_by_name")
    private @Nullable String decidedByName;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "review_by")
    private @Nullable LocalDate reviewBy;

    @Column(name = "withdrawn_by")
    private @Nullable UUID withdrawnBy;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_reason")
    private @Nullable NewApplicationReason newReason;

    @Column(name = "new_reason_text")
    private @Nullable String newReasonText;

    protected Application() {
        this.householdId = new UUID(0, 0);
        this.childId = new UUID(0, 0);
        this.childName = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Application(UUID householdId, UUID childId, String childName, boolean hasEhcPlan, Instant now) {
        this.householdId = householdId;
        this.childId = childId;
        this.childName = childName;
        this.hasEhcPlan = hasEhcPlan;
        this.createdAt = now;
        this.updatedAt = now;
        this.isNew = true;
    }

    // What the audit trail must hear when the application is next saved. Not persisted.

    /** Made but not yet saved: its first save records the creation, as it is then. */
    @Transient
    private transient boolean isNew;

    /** The fields as they were before the first change since the last save; null when nothing changed. */
    @Transient
    private transient @Nullable Map<String, @Nullable String> changedFrom;

    /**
     * Starts a change the audit trail records as one: from the fields as they are now to the fields as they are
     * when the application is saved, however many steps it takes (sending also keeps what it was measured on).
     */
    private void changing() {
        if (changedFrom == null && !isNew) {
            changedFrom = snapshot();
        }
    }

    /** The creation or change to publish now, with the fields as they are at the save. */
    @DomainEvents
    Collection<RecordChanged> domainEvents() {
        List<RecordChanged> events = new ArrayList<>(1);
        if (isNew) {
            events.add(RecordChanged.created(ApplicationRecords.APPLICATION, getId(), householdId, snapshot()));
        } else if (changedFrom != null) {
            events.add(RecordChanged.changed(ApplicationRecords.APPLICATION, getId(), householdId, changedFrom, snapshot()));
        }
        return events;
    }

    @AfterDomainEventPublication
    void domainEventsPublished() {
        isNew = false;
        changedFrom = null;
    }

    /** Why this application is new although one for the child was decided this school year. */
    public void newBecause(NewApplicationReason reason, @Nullable String text) {
        this.newReason = reason;
        this.newReasonText = text;
    }

    // Every change below goes through the one table in ApplicationStatus: it refuses what the status does not allow,
    // whatever page the request came from.

    public void answer(String key, String value, Instant now) {
        status.require(ApplicationAction.EDIT_ANSWERS);
        if (value.isBlank()) {
            answers.remove(key);
        } else {
            answers.put(key, value.strip());
        }
        updatedAt = now;
    }

    public void school(@Nullable String urn, @Nullable String name) {
        status.require(ApplicationAction.EDIT_ANSWERS);
        this.schoolUrn = urn;
        this.schoolName = name;
    }

    /** Refuses evidence when the status does not take it: only a draft, an open request or a coming hearing do. */
    public void requireEvidenceAllowed() {
        status.require(ApplicationAction.ADD_EVIDENCE);
    }

    public void submit(String reference, String eligibilityJson, boolean hasEhcPlan, UUID by, Instant now, LocalDate decisionDue) {
        move(ApplicationAction.SUBMIT, ApplicationStatus.SUBMITTED, now);
        this.reference = reference;
        this.eligibility = eligibilityJson;
        this.hasEhcPlan = hasEhcPlan;
        this.submittedBy = by;
        this.submittedAt = now;
        this.decisionDue = decisionDue;
    }

    /** An officer takes the case on; a case just received is then being assessed. */
    public void assign(@Nullable UUID officer, @Nullable String name, Instant now) {
        move(ApplicationAction.ASSIGN, status == ApplicationStatus.SUBMITTED ? ApplicationStatus.BEING_ASSESSED : status, now);
        this.assignedTo = officer;
        this.assignedName = name;
    }

    public void assess(@Nullable Boolean cannotWalk, @Nullable String cannotWalkReasons, @Nullable Boolean routeUnsafe,
            @Nullable String routeNotes, String eligibilityJson, Instant now) {
        move(ApplicationAction.ASSESS, status, now);
        this.officerCannotWalk = cannotWalk;
        this.officerCannotWalkReasons = cannotWalkReasons;
        this.officerRouteUnsafe = routeUnsafe;
        this.officerRouteNotes = routeNotes;
        this.eligibility = eligibilityJson;
    }

    /** Asks the family a question; the application waits for their answer. */
    public InformationRequest requestInformation(String question, String askedByName, Instant now) {
        move(ApplicationAction.REQUEST_INFORMATION, ApplicationStatus.INFORMATION_NEEDED, now);
        return new InformationRequest(getId(), question, askedByName, now);
    }

    /** The family answers; the application goes back to whoever had it, or to the queue. */
    public void answerInformation(InformationRequest request, String answer, Instant now) {
        if (!request.getApplicationId().equals(getId()) || request.getAnswer() != null) {
            throw new IllegalArgumentException("Request " + request.getId() + " is not open on application " + getId());
        }
        move(ApplicationAction.ANSWER_INFORMATION, assignedTo == null ? ApplicationStatus.SUBMITTED : ApplicationStatus.BEING_ASSESSED, now);
        request.answer(answer, now);
    }

    public void decide(Decision decision, UUID by, String byName, Instant now, LocalDate reviewBy) {
        move(ApplicationAction.DECIDE, ApplicationStatus.DECIDED, now);
        this.decisionEligible = decision.eligible();
        this.decisionCategory = decision.category();
        this.decisionOffers = decision.offers();
        this.decisionReasons = decision.reasons().strip();
        this.decidedBy = by;
        this.decidedByName = byName;
        this.decidedAt = now;
        this.reviewBy = reviewBy;
    }

    public void withdraw(UUID by, Instant now) {
        move(ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN, now);
        this.withdrawnBy = by;
        this.withdrawnAt = now;
    }

    /** The family asks for a stage 1 review; the caller has checked the date is within the window. */
    public Challenge requestReview(String grounds, UUID by, Instant now, LocalDate respondBy) {
        move(ApplicationAction.REQUEST_REVIEW, ApplicationStatus.REVIEW_REQUESTED, now);
        return new Challenge(getId(), ChallengeStage.REVIEW, grounds, by, now, respondBy);
    }

    /** A senior officer decides the review; never the officer who made the decision. */
    public void decideReview(Challenge review, ChallengeOutcome outcome, String reasons, UUID by, String byName, Instant now) {
        requireStage(review, ChallengeStage.REVIEW);
        status.require(ApplicationAction.DECIDE_REVIEW);
        if (by.equals(decidedBy)) {
            throw new InvalidApplicationException("review", "You made the decision, so another senior officer must review it");
        }
        move(ApplicationAction.DECIDE_REVIEW, ApplicationStatus.REVIEW_DECIDED, now);
        review.decide(outcome, reasons, by, byName, now);
    }

    /** The family appeals to the panel (stage 2); the caller has checked the date is within the window. */
    public Challenge appeal(String grounds, UUID by, Instant now, LocalDate hearingBy) {
        move(ApplicationAction.APPEAL, ApplicationStatus.APPEAL_REQUESTED, now);
        return new Challenge(getId(), ChallengeStage.APPEAL, grounds, by, now, hearingBy);
    }

    public void arrangeHearing(Challenge appeal, LocalDate on, HearingMode mode, LocalDate evidenceBy, LocalDate outcomeBy, Instant now) {
        requireStage(appeal, ChallengeStage.APPEAL);
        move(ApplicationAction.ARRANGE_HEARING, ApplicationStatus.HEARING_ARRANGED, now);
        appeal.arrangeHearing(on, mode, evidenceBy, outcomeBy);
    }

    /** Records the panel's decision; whoever records it took no part in the decision or the review. */
    public void decideAppeal(Challenge appeal, Challenge review, ChallengeOutcome outcome, String reasons, UUID by, String byName,
            Instant now) {
        requireStage(appeal, ChallengeStage.APPEAL);
        requireStage(review, ChallengeStage.REVIEW);
        status.require(ApplicationAction.DECIDE_APPEAL);
        if (by.equals(decidedBy) || by.equals(review.getDecidedBy())) {
            throw new InvalidApplicationException("appeal", "You took part in an earlier stage, so someone else must record the panel's decision");
        }
        move(ApplicationAction.DECIDE_APPEAL, ApplicationStatus.APPEAL_DECIDED, now);
        appeal.decide(outcome, reasons, by, byName, now);
    }

    /**
     * Records what the council now offers, after the review or appeal just decided changed the decision. The stage
     * is the one the status says was decided last.
     */
    public void reviseDecision(Challenge stage, Decision decision, UUID by, String byName, Instant now) {
        requireStage(stage, status == ApplicationStatus.APPEAL_DECIDED ? ChallengeStage.APPEAL : ChallengeStage.REVIEW);
        move(ApplicationAction.RECORD_REVISED_OFFER, status, now);
        stage.revise(decision, by, byName, now);
    }

    private void requireStage(Challenge challenge, ChallengeStage stage) {
        if (!challenge.getApplicationId().equals(getId()) || challenge.getStage() != stage) {
            throw new IllegalArgumentException("Challenge " + challenge.getId() + " is not the " + stage + " of application " + getId());
        }
    }

    private void move(ApplicationAction action, ApplicationStatus next, Instant now) {
        if (!status.allows(action, next)) {
            throw status.refusal(action);
        }
        changing();
        this.status = next;
        this.updatedAt = now;
    }

    /** The fields as the audit trail keeps them: status and decision, not the family's free text. */
    public Map<String, @Nullable String> snapshot() {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("reference", reference);
        fields.put("status", status.name());
        fields.put("schoolUrn", schoolUrn);
        fields.put("assignedTo", Objects.toString(assignedTo, null));
        fields.put("officerCannotWalk", Objects.toString(officerCannotWalk, null));
        fields.put("officerRouteUnsafe", Objects.toString(officerRouteUnsafe, null));
        fields.put("decisionEligible", Objects.toString(decisionEligible, null));
        fields.put("decisionCategory", decisionCategory == null ? null : decisionCategory.name());
        fields.put("decisionOffers", new OffersConverter().convertToDatabaseColumn(decisionOffers));
        fields.put("decidedBy", Objects.toString(decidedBy, null));
        fields.put("measuredAt", measuredBasis == null ? null : MeasuredBases.read(measuredBasis).measuredAt().toString());
        fields.put("newReason", newReason == null ? null : newReason.name());
        return fields;
    }

    public @Nullable String getReference() { return reference; }
    public UUID getHouseholdId() { return householdId; }
    public UUID getChildId() { return childId; }
    public String getChildName() { return childName; }
    public ApplicationStatus getStatus() { return status; }
    public Map<String, String> getAnswers() { return Map.copyOf(answers); }
    public @Nullable String getSchoolUrn() { return schoolUrn; }
    public @Nullable String getSchoolName() { return schoolName; }
    public boolean hasEhcPlan() { return hasEhcPlan; }
    public @Nullable String getEligibility() { return eligibility; }

    public @Nullable String getMeasuredBasis() { return measuredBasis; }

    /** Keeps what was just measured, with the engine's result it came from, as the basis of what follows. */
    public void measured(String eligibilityJson, String basisJson) {
        changing();
        this.eligibility = eligibilityJson;
        this.measuredBasis = basisJson;
    }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public @Nullable Instant getSubmittedAt() { return submittedAt; }
    public @Nullable LocalDate getDecisionDue() { return decisionDue; }
    public @Nullable UUID getAssignedTo() { return assignedTo; }
    public @Nullable String getAssignedName() { return assignedName; }
    public @Nullable Boolean getOfficerCannotWalk() { return officerCannotWalk; }
    public @Nullable String getOfficerCannotWalkReasons() { return officerCannotWalkReasons; }
    public @Nullable Boolean getOfficerRouteUnsafe() { return officerRouteUnsafe; }
    public @Nullable String getOfficerRouteNotes() { return officerRouteNotes; }
    public @Nullable Boolean getDecisionEligible() { return decisionEligible; }
    public @Nullable Category getDecisionCategory() { return decisionCategory; }
    public Set<Offer> getDecisionOffers() { return decisionOffers; }
    public @Nullable String getDecisionReasons() { return decisionReasons; }
    public @Nullable UUID getDecidedBy() { return decidedBy; }
    public @Nullable String getDecidedByName() { return decidedByName; }
    public @Nullable Instant getDecidedAt() { return decidedAt; }
    public @Nullable NewApplicationReason getNewReason() { return newReason; }
    public @Nullable String getNewReasonText() { return newReasonText; }
    public @Nullable LocalDate getReviewBy() { return reviewBy; }
    public @Nullable Instant getWithdrawnAt() { return withdrawnAt; }
}
