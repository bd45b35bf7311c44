package org.travelassist.applications.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationNotFoundException;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.ApplicationAction;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.ChallengeStage;
import org.travelassist.eligibility.CheckRequest;
import org.travelassist.applications.MeasuredBasis;
import org.travelassist.eligibility.EligibilityCheck;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.shared.Postcode;
import org.travelassist.shared.RecordChanged;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.WorkingDays;
import tools.jackson.databind.json.JsonMapper;
import org.travelassist.shared.GovukDates;

/**
 * What both sides of an application share: loading it with everything pages show, the timeline, the audit
 * events, the engine's result as JSON, and the deadlines in working days.
 */
@Component
public class ApplicationRecords {

    public static final String APPLICATION = "Application";
    /** The child's details as they were when the family sent the application, kept with the answers. */
    public static final String HOME_ADDRESS = "homeAddress";
    public static final String HOME_POSTCODE = "homePostcode";
    public static final String DATE_OF_BIRTH = "dateOfBirth";

    private final ApplicationRepository applications;
    private final TimelineEventRepository timeline;
    private final InformationRequestRepository informationRequests;
    private final EvidenceRepository evidence;
    private final ChallengeRepository challenges;
    private final LetterRepository letters;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final CouncilProfile council;

    ApplicationRecords(ApplicationRepository applications, TimelineEventRepository timeline,
            InformationRequestRepository informationRequests, EvidenceRepository evidence, ChallengeRepository challenges,
            LetterRepository letters, ApplicationEventPublisher events, JsonMapper json, Clock clock,
            CouncilProfile council) {
        this.applications = applications;
        this.timeline = timeline;
        this.informationRequests = informationRequests;
        this.evidence = evidence;
        this.challenges = challenges;
        this.letters = letters;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.council = council;
    }

    public Application find(UUID id) {
        return applications.findById(id).orElseThrow(() -> new ApplicationNotFoundException(id));
    }

    /** A household's applications, newest first. */
    public List<Application> ofHousehold(UUID householdId) {
        return applications.findByHouseholdIdOrderByCreatedAtDesc(householdId);
    }

    /** A child's applications, newest first. */
    public List<Application> ofChild(UUID childId) {
        return applications.findByChildIdOrderByCreatedAtDesc(childId);
    }

    /** The child's draft, if one was started: there is at most one (a unique index). */
    public Optional<Application> draftOf(UUID childId) {
        return applications.findFirstByChildIdAndStatus(childId, ApplicationStatus.DRAFT);
    }

    /** The applications in these statuses, the soonest decision due first, as the officers' queue lists them. */
    public List<Application> inStatus(Collection<ApplicationStatus> statuses) {
        return applications.findByStatusInOrderByDecisionDueAscSubmittedAtAsc(statuses);
    }

    /**
     * Keeps a new application, which then publishes its creation. Flushed at once, so that the unique index on a child's
     * draft refuses a second one here, where the caller can retry, and not at commit.
     */
    public Application add(Application started) {
        return applications.saveAndFlush(started);
    }

    /** The next number of the references that applications get when they are sent. */
    public long nextReferenceNumber() {
        return applications.nextReferenceNumber();
    }

    /** The application's review ({@link ChallengeStage#REVIEW}) or appeal, if the family asked for it. */
    public Optional<Challenge> challenge(UUID applicationId, ChallengeStage stage) {
        return challenges.findByApplicationIdAndStage(applicationId, stage);
    }

    /** Keeps the review or appeal the application has just opened, and records its creation. */
    public Challenge add(Challenge opened, UUID householdId) {
        var challenge = challenges.save(opened);
        events.publishEvent(RecordChanged.created("Challenge", challenge.getId(), householdId, challenge.snapshot()));
        return challenge;
    }

    /** The council's questions to the family about an application and their answers, oldest first. */
    public List<InformationRequest> informationRequests(UUID applicationId) {
        return informationRequests.findByApplicationIdOrderByAskedAtAsc(applicationId);
    }

    /** Keeps a question the application has just been asked. */
    public InformationRequest add(InformationRequest asked) {
        return informationRequests.save(asked);
    }

    /** One of the application's letters; empty for a letter of another application. */
    public Optional<Letter> letter(UUID applicationId, UUID letterId) {
        return letters.findById(letterId).filter(letter -> letter.getApplicationId().equals(applicationId));
    }

    public LocalDate today() {
        return GovukDates.today(clock);
    }

    /** Adds a step to the timeline; {@code forFamily} false keeps it to staff. */
    public void log(Application application, String title, @Nullable String detail, @Nullable String by, boolean forFamily) {
        timeline.save(new TimelineEvent(application.getId(), clock.instant(), title, detail, by, forFamily));
    }

    /**
     * Saves the application after a step, which publishes, in this transaction, the change it recorded for the
     * audit trail (from before the step's first change to now).
     */
    public void save(Application application) {
        applications.save(application);
    }

    public void publishChanged(Challenge challenge, UUID householdId, Map<String, @Nullable String> before) {
        events.publishEvent(RecordChanged.changed("Challenge", challenge.getId(), householdId, before, challenge.snapshot()));
    }

    public java.time.Instant clockInstant() {
        return clock.instant();
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }

    /** The question for the engine, from what the family sent and the officer's judgements so far. */
    public CheckRequest checkRequest(Application application) {
        Map<String, String> answers = application.getAnswers();
        boolean needs = !"none".equals(answers.get(ApplicationQuestions.EHC_PLAN)) || !"yes".equals(answers.get(ApplicationQuestions.WALKING));
        return new CheckRequest(Postcode.parse(answers.getOrDefault(HOME_POSTCODE, "")).orElseThrow(),
                LocalDate.parse(answers.getOrDefault(DATE_OF_BIRTH, "")), application.getSchoolUrn(), needs,
                "yes".equals(answers.get(ApplicationQuestions.LOW_INCOME)), null);
    }

    /** Keeps the check's result and what it measured as the basis of the assessment and decision that follow. */
    public MeasuredBasis measured(Application application, EligibilityCheck check) {
        MeasuredBasis basis = MeasuredBases.from(check, clock.instant());
        application.measured(toJson(check.result()), MeasuredBases.write(basis));
        return basis;
    }

    public String toJson(EligibilityResult result) {
        return json.writeValueAsString(result);
    }

    public @Nullable EligibilityResult eligibility(Application application) {
        return application.getEligibility() == null ? null : json.readValue(application.getEligibility(), EligibilityResult.class);
    }

    private static ApplicationDetails.@Nullable RevisedOffer revised(Challenge challenge) {
        return challenge.getRevisedAt() == null ? null : new ApplicationDetails.RevisedOffer(Boolean.TRUE.equals(challenge.getRevisedEligible()),
                challenge.getRevisedCategory(), challenge.getRevisedOffers().stream().sorted().toList(),
                String.valueOf(challenge.getRevisedReasons()), String.valueOf(challenge.getRevisedByName()), challenge.getRevisedAt());
    }

    /** Everything about an application; {@code forFamily} leaves out what is for staff only. */
    public ApplicationDetails details(Application application, boolean forFamily) {
        UUID id = application.getId();
        return details(application, challenges.findByApplicationIdOrderByStageAsc(id),
                informationRequests.findByApplicationIdOrderByAskedAtAsc(id).stream().map(r -> new ApplicationDetails.Information(
                        r.getId(), r.getQuestion(), r.getAskedAt(), r.getAskedByName(), r.getAnswer(), r.getAnsweredAt())).toList(),
                evidence.listed(id),
                timeline.findByApplicationIdOrderByOccurredAtAsc(id).stream().filter(e -> !forFamily || e.isForFamily())
                        .map(e -> new ApplicationDetails.Event(e.getOccurredAt(), e.getTitle(), e.getDetail(), e.getActorName(), e.isForFamily()))
                        .toList(),
                letters.listed(id));
    }

    /**
     * The application's own row only, its answers and status, without its history (challenges, requests, evidence,
     * timeline and letters are empty here): what a question page or a list of applications shows, in one read instead
     * of six.
     */
    public ApplicationDetails withoutHistory(Application application) {
        return details(application, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private ApplicationDetails details(Application application, List<Challenge> stages, List<ApplicationDetails.Information> requests,
            List<ApplicationDetails.EvidenceFile> files, List<ApplicationDetails.Event> events, List<ApplicationDetails.LetterFile> letterFiles) {
        UUID id = application.getId();
        LocalDate today = today();
        Challenge stage1 = stages.stream().filter(c -> c.getStage() == ChallengeStage.REVIEW).findFirst().orElse(null);
        Challenge stage2 = stages.stream().filter(c -> c.getStage() == ChallengeStage.APPEAL).findFirst().orElse(null);
        LocalDate appealBy = stage1 != null && stage1.getDecidedAt() != null
                ? WorkingDays.plusWorkingDays(stage1.getDecidedAt().atZone(GovukDates.LONDON).toLocalDate(), council.workingDays().appealRequest()) : null;
        boolean canAskForReview = application.getStatus().allows(ApplicationAction.REQUEST_REVIEW) && stage1 == null
                && application.getReviewBy() != null && !today.isAfter(application.getReviewBy());
        boolean canAppeal = application.getStatus().allows(ApplicationAction.APPEAL) && stage2 == null
                && appealBy != null && !today.isAfter(appealBy);
        var decision = application.getDecidedAt() == null ? null : new ApplicationDetails.DecisionMade(
                Boolean.TRUE.equals(application.getDecisionEligible()), application.getDecisionCategory(),
                application.getDecisionOffers().stream().sorted().toList(), String.valueOf(application.getDecisionReasons()),
                String.valueOf(application.getDecidedByName()), application.getDecidedAt(), application.getReviewBy());
        return new ApplicationDetails(id, application.getReference(), application.getHouseholdId(), application.getChildId(),
                application.getChildName(), application.getStatus(), application.getAnswers(), application.getSchoolUrn(),
                application.getSchoolName(), application.hasEhcPlan(), eligibility(application), MeasuredBases.read(application),
                application.getSubmittedAt(),
                application.getDecisionDue(), application.getAssignedName(), application.getAssignedTo(),
                new ApplicationDetails.Assessment(application.getOfficerCannotWalk(), application.getOfficerCannotWalkReasons(),
                        application.getOfficerRouteUnsafe(), application.getOfficerRouteNotes()),
                decision,
                stages.stream().map(c -> new ApplicationDetails.Challenge(c.getStage(), c.getGrounds(), c.getRequestedAt(),
                        c.getRespondBy(), c.getHearingOn(), c.getHearingMode(), c.getEvidenceBy(), c.getOutcomeBy(), c.getOutcome(),
                        c.getOutcomeReasons(), c.getDecidedByName(), c.getDecidedAt(), revised(c))).toList(),
                requests, files, events, letterFiles, canAskForReview, appealBy, canAppeal);
    }
}
