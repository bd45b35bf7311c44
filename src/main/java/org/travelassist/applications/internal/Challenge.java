package org.travelassist.applications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.applications.ChallengeOutcome;
import org.travelassist.applications.ChallengeStage;
import org.travelassist.applications.Decision;
import org.travelassist.applications.HearingMode;
import org.travelassist.applications.InvalidApplicationException;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.shared.AbstractEntity;

/**
 * A stage 1 review (by a senior officer) or a stage 2 appeal (to an independent panel) of a decision. Created and
 * changed only through {@link Application}, which checks that the application's status allows it.
 */
@Entity
@Table(name = "challenge")
public class Challenge extends AbstractEntity {

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Convert(converter = ChallengeStageConverter.class)
    @Column(name = "stage", nullable = false)
    private ChallengeStage stage;

    @Column(name = "grounds", nullable = false)
    private String grounds;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    private UUID requestedBy;

    /** Stage 1: the review's deadline. Stage 2: the date by which the hearing must be held. */
    @Column(name = "respond_by", nullable = false)
    private LocalDate respondBy;

    @Column(name = "hearing_on")
    private @Nullable LocalDate hearingOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "hearing_mode")
    private @Nullable HearingMode hearingMode;

    @Column(name = "evidence_by")
    private @Nullable LocalDate evidenceBy;

    @Column(name = "outcome_by")
    private @Nullable LocalDate outcomeBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private @Nullable ChallengeOutcome outcome;

    @Column(name = "outcome_reasons")
    private @Nullable String outcomeReasons;

    @Column(name = "decided_by")
    private @Nullable UUID decidedBy;

    @Column(name = "decided_by_name")
    private @Nullable String decidedByName;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "revised_eligible")
    private @Nullable Boolean revisedEligible;

    @Enumerated(EnumType.STRING)
    @Column(name = "revised_category")
    private @Nullable Category revisedCategory;

    @Convert(converter = OffersConverter.class)
    @Column(name = "revised_offers")
    private Set<Offer> revisedOffers = Set.of();

    @Column(name = "revised_reasons")
    private @Nullable String revisedReasons;

    @Column(name = "revised_by")
    private @Nullable UUID revisedBy;

    @Column(name = "revised_by_name")
    private @Nullable String revisedByName;

    @Column(name = "revised_at")
    private @Nullable Instant revisedAt;

    protected Challenge() {
        this.applicationId = new UUID(0, 0);
        this.stage = ChallengeStage.REVIEW;
        this.grounds = "";
        this.requestedAt = Instant.EPOCH;
        this.requestedBy = new UUID(0, 0);
        this.respondBy = LocalDate.EPOCH;
    }

    Challenge(UUID applicationId, ChallengeStage stage, String grounds, UUID requestedBy, Instant now, LocalDate respondBy) {
        this.applicationId = applicationId;
        this.stage = stage;
        this.grounds = grounds;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.respondBy = respondBy;
    }

    void arrangeHearing(LocalDate on, HearingMode mode, LocalDate evidenceBy, LocalDate outcomeBy) {
        this.hearingOn = on;
        this.hearingMode = mode;
        this.evidenceBy = evidenceBy;
        this.outcomeBy = outcomeBy;
    }

    void decide(ChallengeOutcome outcome, String reasons, UUID by, String byName, Instant now) {
        this.outcome = outcome;
        this.outcomeReasons = reasons;
        this.decidedBy = by;
        this.decidedByName = byName;
        this.decidedAt = now;
    }

    /** The offer as this stage changed it: recorded once, after an outcome that changed the decision. */
    void revise(Decision decision, UUID by, String byName, Instant now) {
        if (outcome != ChallengeOutcome.CHANGED) {
            throw new InvalidApplicationException("revised", "The " + (stage == ChallengeStage.REVIEW ? "review" : "appeal")
                    + " did not change the decision, so there is no revised offer to record");
        }
        if (revisedAt != null) {
            throw new InvalidApplicationException("revised", "The revised offer has already been recorded");
        }
        this.revisedEligible = decision.eligible();
        this.revisedCategory = decision.category();
        this.revisedOffers = decision.offers();
        this.revisedReasons = decision.reasons().strip();
        this.revisedBy = by;
        this.revisedByName = byName;
        this.revisedAt = now;
    }

    public Map<String, @Nullable String> snapshot() {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("stage", String.valueOf(stage.number));
        fields.put("respondBy", respondBy.toString());
        fields.put("hearingOn", Objects.toString(hearingOn, null));
        fields.put("hearingMode", hearingMode == null ? null : hearingMode.name());
        fields.put("outcome", outcome == null ? null : outcome.name());
        fields.put("decidedBy", Objects.toString(decidedBy, null));
        fields.put("revisedEligible", Objects.toString(revisedEligible, null));
        fields.put("revisedCategory", revisedCategory == null ? null : revisedCategory.name());
        fields.put("revisedOffers", new OffersConverter().convertToDatabaseColumn(revisedOffers));
        return fields;
    }

    public UUID getApplicationId() { return applicationId; }
    public ChallengeStage getStage() { return stage; }
    public String getGrounds() { return grounds; }
    public Instant getRequestedAt() { return requestedAt; }
    public LocalDate getRespondBy() { return respondBy; }
    public @Nullable LocalDate getHearingOn() { return hearingOn; }
    public @Nullable HearingMode getHearingMode() { return hearingMode; }
    public @Nullable LocalDate getEvidenceBy() { return evidenceBy; }
    public @Nullable LocalDate getOutcomeBy() { return outcomeBy; }
    public @Nullable ChallengeOutcome getOutcome() { return outcome; }
    public @Nullable String getOutcomeReasons() { return outcomeReasons; }
    public @Nullable UUID getDecidedBy() { return decidedBy; }
    public @Nullable String getDecidedByName() { return decidedByName; }
    public @Nullable Instant getDecidedAt() { return decidedAt; }
    public @Nullable Boolean getRevisedEligible() { return revisedEligible; }
    public @Nullable Category getRevisedCategory() { return revisedCategory; }
    public Set<Offer> getRevisedOffers() { return revisedOffers; }
    public @Nullable String getRevisedReasons() { return revisedReasons; }
    public @Nullable String getRevisedByName() { return revisedByName; }
    public @Nullable UUID getRevisedBy() { return revisedBy; }
    public @Nullable Instant getRevisedAt() { return revisedAt; }
}
