package org.travelassist.applications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.shared.AbstractEntity;

/** An application for travel assistance for one child, from draft to decision. */
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

    @Column(name = "decision_category")
    private @Nullable String decisionCategory;

    @Column(name = "decision_offers")
    private @Nullable String decisionOffers;

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
    }

    public void answer(String key, String value, Instant now) {
        if (value.isBlank()) {
            answers.remove(key);
        } else {
            answers.put(key, value.strip());
        }
        updatedAt = now;
    }

    public void school(@Nullable String urn, @Nullable String name) {
        this.schoolUrn = urn;
        this.schoolName = name;
    }

    public void submit(String reference, String eligibilityJson, boolean hasEhcPlan, UUID by, Instant now, LocalDate decisionDue) {
        this.reference = reference;
        this.eligibility = eligibilityJson;
        this.hasEhcPlan = hasEhcPlan;
        this.submittedBy = by;
        this.submittedAt = now;
        this.decisionDue = decisionDue;
        moveTo(ApplicationStatus.SUBMITTED, now);
    }

    public void moveTo(ApplicationStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    public void assign(@Nullable UUID officer, @Nullable String name, Instant now) {
        this.assignedTo = officer;
        this.assignedName = name;
        if (status == ApplicationStatus.SUBMITTED) {
            status = ApplicationStatus.BEING_ASSESSED;
        }
        this.updatedAt = now;
    }

    public void assess(@Nullable Boolean cannotWalk, @Nullable String cannotWalkReasons, @Nullable Boolean routeUnsafe,
            @Nullable String routeNotes, String eligibilityJson, Instant now) {
        this.officerCannotWalk = cannotWalk;
        this.officerCannotWalkReasons = cannotWalkReasons;
        this.officerRouteUnsafe = routeUnsafe;
        this.officerRouteNotes = routeNotes;
        this.eligibility = eligibilityJson;
        this.updatedAt = now;
    }

    public void decide(boolean eligible, @Nullable String category, String offers, String reasons, UUID by, String byName,
            Instant now, LocalDate reviewBy) {
        this.decisionEligible = eligible;
        this.decisionCategory = category;
        this.decisionOffers = offers;
        this.decisionReasons = reasons;
        this.decidedBy = by;
        this.decidedByName = byName;
        this.decidedAt = now;
        this.reviewBy = reviewBy;
        moveTo(ApplicationStatus.DECIDED, now);
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
        fields.put("decisionCategory", decisionCategory);
        fields.put("decisionOffers", decisionOffers);
        fields.put("decidedBy", Objects.toString(decidedBy, null));
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
    public @Nullable String getDecisionCategory() { return decisionCategory; }
    public @Nullable String getDecisionOffers() { return decisionOffers; }
    public @Nullable String getDecisionReasons() { return decisionReasons; }
    public @Nullable UUID getDecidedBy() { return decidedBy; }
    public @Nullable String getDecidedByName() { return decidedByName; }
    public @Nullable Instant getDecidedAt() { return decidedAt; }
    public @Nullable LocalDate getReviewBy() { return reviewBy; }
}
