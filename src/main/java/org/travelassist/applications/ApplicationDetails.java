package org.travelassist.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityResult.Category;

/**
 * An application with everything a page shows about it: answers, evidence, the engine's result, the
 * timeline, requests for information, the decision, reviews and appeals, letters, and the dates that matter.
 *
 * @param eligibility the engine's result when sent (and after an officer's assessment); null for a draft
 * @param basis what the result measured, kept as the assessment's and decision's basis; null for a draft, and for an
 *     application sent before bases were kept until an officer re-measures it
 * @param canAskForReview the family may ask for a stage 1 review today
 * @param canAppeal the family may appeal to the panel (stage 2) today
 */
public record ApplicationDetails(
        UUID id,
        @Nullable String reference,
        UUID householdId,
        UUID childId,
        String childName,
        ApplicationStatus status,
        Map<String, String> answers,
        @Nullable String schoolUrn,
        @Nullable String schoolName,
        boolean hasEhcPlan,
        @Nullable EligibilityResult eligibility,
        @Nullable MeasuredBasis basis,
        @Nullable Instant submittedAt,
        @Nullable LocalDate decisionDue,
        @Nullable String assignedName,
        @Nullable UUID assignedTo,
        Assessment assessment,
        @Nullable DecisionMade decision,
        List<Challenge> challenges,
        List<Information> informationRequests,
        List<EvidenceFile> evidence,
        List<Event> timeline,
        List<LetterFile> letters,
        boolean canAskForReview,
        @Nullable LocalDate appealBy,
        boolean canAppeal) {

    public record Assessment(@Nullable Boolean cannotWalk, @Nullable String cannotWalkReasons, @Nullable Boolean routeUnsafe,
            @Nullable String routeNotes) {}

    public record DecisionMade(boolean eligible, @Nullable Category category, List<Offer> offers, String reasons,
            String decidedBy, Instant decidedAt, LocalDate reviewBy) {

        /** The decision in one line, as the officer confirmed it: see {@link Decision#summary()}. */
        public String summary() {
            return new Decision(eligible ? Decision.Outcome.ELIGIBLE : Decision.Outcome.NOT_ELIGIBLE, category, java.util.Set.copyOf(offers),
                    reasons).summary();
        }
    }

    /**
     * @param respondBy stage 1: the review's deadline; stage 2: the date by which the hearing must be held
     */
    public record Challenge(ChallengeStage stage, String grounds, Instant requestedAt, LocalDate respondBy, @Nullable LocalDate hearingOn,
            @Nullable HearingMode hearingMode, @Nullable LocalDate evidenceBy, @Nullable LocalDate outcomeBy,
            @Nullable ChallengeOutcome outcome, @Nullable String outcomeReasons, @Nullable String decidedBy, @Nullable Instant decidedAt,
            @Nullable RevisedOffer revised) {

        /** The outcome changed the decision and nobody has recorded what the council now offers. */
        public boolean awaitsRevisedOffer() {
            return outcome != null && outcome.changesDecision() && revised == null;
        }
    }

    /** What the council offers after a review or appeal changed the decision. */
    public record RevisedOffer(boolean eligible, @Nullable Category category, List<Offer> offers, String reasons, String recordedBy,
            Instant recordedAt) {

        public String summary() {
            return new Decision(eligible ? Decision.Outcome.ELIGIBLE : Decision.Outcome.NOT_ELIGIBLE, category, java.util.Set.copyOf(offers),
                    reasons).summary();
        }
    }

    public record Information(UUID id, String question, Instant askedAt, String askedBy, @Nullable String answer,
            @Nullable Instant answeredAt) {}

    public record EvidenceFile(UUID id, String fileName, String mediaType, long sizeBytes, String scanResult, Instant uploadedAt) {}

    public record Event(Instant at, String title, @Nullable String detail, @Nullable String by, boolean forFamily) {}

    public record LetterFile(UUID id, String title, Instant createdAt) {}

    public @Nullable Information openRequest() {
        return informationRequests.stream().filter(request -> request.answer() == null).findFirst().orElse(null);
    }

    public @Nullable Challenge stage(ChallengeStage stage) {
        return challenges.stream().filter(c -> c.stage() == stage).findFirst().orElse(null);
    }

    /** The stage 1 review, once the family has asked for one. */
    public @Nullable Challenge review() {
        return stage(ChallengeStage.REVIEW);
    }

    /** The stage 2 appeal, once the family has appealed. */
    public @Nullable Challenge appeal() {
        return stage(ChallengeStage.APPEAL);
    }

    /** What the council offers now after a review or appeal changed the decision, the latest stage first. */
    public @Nullable RevisedOffer latestRevisedOffer() {
        return challenges.stream().map(Challenge::revised).filter(java.util.Objects::nonNull).reduce((first, last) -> last)
                .orElse(null);
    }

    public String answer(String key) {
        return answers.getOrDefault(key, "");
    }

    public String childFirstName() {
        return childName.split(" ")[0];
    }
}
