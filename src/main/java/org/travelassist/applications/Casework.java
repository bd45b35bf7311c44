package org.travelassist.applications;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.applications.ApplicationProgressed.Step;
import org.travelassist.applications.internal.Application;
import org.travelassist.applications.internal.ApplicationRecords;
import org.travelassist.applications.internal.Challenge;
import org.travelassist.applications.internal.EvidenceIntake;
import org.travelassist.applications.internal.LetterWriter;
import org.travelassist.applications.internal.MeasuredBases;
import org.travelassist.applications.internal.SchoolSuitabilityRecords;
import org.travelassist.applications.internal.WorkQueueQuery;
import org.travelassist.eligibility.EligibilityCheck;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityService;
import org.travelassist.eligibility.EligibilityQuestion.Sex;
import org.travelassist.eligibility.SchoolMark;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.PlainText;
import org.travelassist.shared.RecordRead;
import org.travelassist.shared.WorkingDays;
import org.travelassist.shared.GovukDates;

/**
 * The council's side of an application: the work queue, assessment, requests for information, the decision and
 * its letter, stage 1 reviews (senior officers) and stage 2 appeal hearings. Nobody decides at two stages of the
 * same application: the reviewer did not make the decision, and whoever records the panel's outcome did neither.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.OFFICER + "')")
public class Casework {

    private static final Set<ApplicationStatus> OPEN = EnumSet.copyOf(
            Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::open).toList());
    private static final Set<ApplicationStatus> ON_THE_REVIEWS_CLOCK = OPEN.stream()
            .filter(status -> stageOnTheClock(status) == ChallengeStage.REVIEW).collect(Collectors.toUnmodifiableSet());
    private static final Set<ApplicationStatus> ON_THE_APPEALS_CLOCK = OPEN.stream()
            .filter(status -> stageOnTheClock(status) == ChallengeStage.APPEAL).collect(Collectors.toUnmodifiableSet());

    private final ApplicationRecords records;
    private final LetterWriter letters;
    private final EligibilityService eligibility;
    private final CurrentUser currentUser;
    private final EvidenceIntake intake;
    private final CouncilProfile.WorkingDayWindows days;
    private final SchoolSuitabilityRecords suitability;
    private final WorkQueueQuery queueQuery;

    Casework(ApplicationRecords records, LetterWriter letters, EligibilityService eligibility, CurrentUser currentUser, EvidenceIntake intake,
            CouncilProfile council, SchoolSuitabilityRecords suitability, WorkQueueQuery queueQuery) {
        this.suitability = suitability;
        this.queueQuery = queueQuery;
        this.records = records;
        this.letters = letters;
        this.eligibility = eligibility;
        this.currentUser = currentUser;
        this.intake = intake;
        this.days = council.workingDays();
    }

    /** Open applications that match, the soonest due first: every one of them. */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(QueueItem.Filter filter) {
        return queue(filter, 0, Integer.MAX_VALUE).items();
    }

    /**
     * One page of the open applications that match, the soonest due first, and how many match in all: paged and
     * counted in SQL, so that a September's thousands of open cases open as fast as a handful.
     */
    @Transactional(readOnly = true)
    public QueueItem.Page queue(QueueItem.Filter filter, int offset, int limit) {
        UUID me = currentUser.require().id();
        LocalDate today = records.today();
        var criteria = new WorkQueueQuery.Criteria(OPEN, ON_THE_REVIEWS_CLOCK, ON_THE_APPEALS_CLOCK, filter.status(), filter.school(),
                filter.overdueOnly() ? lastWorkingDayUpTo(today) : null, filter.senOnly(), filter.mineOnly() ? me : null);
        List<QueueItem> items = queueQuery.page(criteria, offset, limit).stream().map(row -> item(row, me, today)).toList();
        // A page that is not full, and not past the end, says how many there are without counting them again.
        boolean last = items.size() < limit && (offset == 0 || !items.isEmpty());
        return new QueueItem.Page(items, offset, last ? offset + items.size() : queueQuery.count(criteria));
    }

    private static QueueItem item(WorkQueueQuery.Row row, UUID me, LocalDate today) {
        LocalDate due = row.due();
        int left = due.isBefore(today) ? -WorkingDays.workingDaysBetween(due, today) : WorkingDays.workingDaysBetween(today, due);
        return new QueueItem(row.id(), row.reference(), row.childName(), row.schoolUrn(), row.schoolName(), row.status(),
                row.submittedAt(), due, left, row.sen(), row.assignedName(), me.equals(row.assignedTo()));
    }

    /**
     * Whose date an open application's clock counts down to in this status: the review's, the appeal's, or (null) the
     * decision's. The queue's SQL takes the statuses from here.
     */
    private static @Nullable ChallengeStage stageOnTheClock(ApplicationStatus status) {
        return switch (status) {
            case REVIEW_REQUESTED -> ChallengeStage.REVIEW;
            case APPEAL_REQUESTED, HEARING_ARRANGED -> ChallengeStage.APPEAL;
            default -> null;
        };
    }

    /** Overdue means a working day has passed since the due date: due before the last working day up to today. */
    private static LocalDate lastWorkingDayUpTo(LocalDate today) {
        return WorkingDays.isWorkingDay(today) ? today : WorkingDays.minusWorkingDays(today, 1);
    }

    @Transactional(readOnly = true)
    public ApplicationDetails caseFile(UUID id) {
        Application application = sent(id);
        records.publish(new RecordRead(ApplicationRecords.APPLICATION, id.toString(), application.getHouseholdId(), "case file"));
        return records.details(application, false);
    }

    /**
     * Measures again, with the officer's judgements so far, when the facts have changed (a school's gate moved, a
     * path opened, the policy changed), and keeps the new basis. Only while the case can still be assessed: a
     * decision keeps what it was based on. Returns what changed, in a sentence.
     */
    @Transactional
    public String remeasure(UUID id) {
        Application application = sent(id);
        application.getStatus().require(ApplicationAction.ASSESS);
        MeasuredBasis was = MeasuredBases.read(application);
        var check = eligibility.check(records.checkRequest(application), null, suitability.inputs(application));
        String changes = records.measured(application, check).changesSince(was);
        records.save(application);
        records.log(application, "Re-measured", changes, currentUser.require().displayName(), false);
        return changes;
    }

    /** The child's other sent applications, and why this one is new when the family had to say. */
    @Transactional(readOnly = true)
    public RelatedApplications related(UUID id) {
        Application application = sent(id);
        var others = records.ofChild(application.getChildId()).stream()
                .filter(other -> !other.getId().equals(id) && other.getStatus() != ApplicationStatus.DRAFT)
                .map(other -> new RelatedApplications.Related(other.getId(), other.getReference(), other.getSchoolName(), other.getStatus(),
                        other.getDecidedAt() == null ? null : other.getDecidedAt().atZone(GovukDates.LONDON).toLocalDate()))
                .toList();
        return new RelatedApplications(application.getNewReason(), application.getNewReasonText(), others);
    }

    /** The engine's answer with the route, run afresh with the officer's judgements so far (not for drawing a page). */
    @Transactional(readOnly = true)
    public EligibilityCheck routeCheck(UUID id) {
        Application application = sent(id);
        return eligibility.check(records.checkRequest(application), null, suitability.inputs(application));
    }

    @Transactional
    public void assignToMe(UUID id) {
        Application application = sent(id);
        AppUser me = currentUser.require();
        application.assign(me.id(), me.displayName(), records.clockInstant());
        records.save(application);
        records.log(application, "Assigned to " + me.displayName(), null, me.displayName(), false);
    }

    /**
     * Records the officer's judgement on what only an officer can judge, and runs the rules again with it: whether
     * the child cannot reasonably be expected to walk because of SEN, disability or mobility (category A), with
     * why; and whether the walking route is unsafe (category B), from the route safety assessment.
     */
    @Transactional
    public ApplicationDetails assess(UUID id, @Nullable Boolean cannotWalk, String typedReasons, @Nullable Boolean routeUnsafe,
            String typedNotes) {
        String cannotWalkReasons = PlainText.cleanText(typedReasons);
        String routeNotes = PlainText.cleanText(typedNotes);
        Application application = sent(id);
        application.getStatus().require(ApplicationAction.ASSESS);
        if (cannotWalk != null && cannotWalkReasons.isBlank()) {
            throw new InvalidApplicationException("cannotWalkReasons", "Say why the child can or cannot reasonably walk");
        }
        if (routeUnsafe != null && routeNotes.isBlank()) {
            throw new InvalidApplicationException("routeNotes", "Record the route safety assessment");
        }
        var check = eligibility.check(records.checkRequest(application), null, suitability.inputs(application, cannotWalk, routeUnsafe));
        application.assess(cannotWalk, blankToNull(cannotWalkReasons), routeUnsafe, blankToNull(routeNotes),
                records.toJson(check.result()), records.clockInstant());
        records.measured(application, check);
        records.save(application);
        records.log(application, "Assessment recorded", check.result().summary(), currentUser.require().displayName(), false);
        return records.details(application, false);
    }

    /** The officer's findings about which schools suit the child, as recorded so far. */
    @Transactional(readOnly = true)
    public SchoolSuitabilityFindings schoolSuitability(UUID id) {
        return suitability.find(sent(id).getId())
                .map(found -> new SchoolSuitabilityFindings(found.getChildSex(), found.getSelectiveSuitable(), found.getSchoolMarks(),
                        found.getRecordedByName(), found.getRecordedAt()))
                .orElse(SchoolSuitabilityFindings.NONE);
    }

    /**
     * Records which schools suit the child, and runs the rules again with it: the child's sex (for single-sex
     * schools), whether the child was assessed as suitable for a grammar school, and nearer schools that have no
     * place or cannot meet the child's needs, each with a reason that the result, and so the letter, quotes.
     */
    @Transactional
    public ApplicationDetails recordSchoolSuitability(UUID id, @Nullable Sex sex, @Nullable Boolean selectiveSuitable,
            List<SchoolMark> marks) {
        Application application = sent(id);
        application.getStatus().require(ApplicationAction.ASSESS);
        if (marks.stream().map(SchoolMark::urn).distinct().count() < marks.size()) {
            throw new InvalidApplicationException("schoolMarks", "Mark each school once");
        }
        String by = currentUser.require().displayName();
        suitability.record(application, sex, selectiveSuitable, marks, by);
        var check = eligibility.check(records.checkRequest(application), null, suitability.inputs(application));
        application.assess(application.getOfficerCannotWalk(), application.getOfficerCannotWalkReasons(), application.getOfficerRouteUnsafe(),
                application.getOfficerRouteNotes(), records.toJson(check.result()), records.clockInstant());
        records.measured(application, check);
        records.save(application);
        records.log(application, "Suitable schools recorded", check.result().summary(), by, false);
        return records.details(application, false);
    }

    @Transactional
    public void requestInformation(UUID id, String typed) {
        String question = PlainText.cleanText(typed);
        Application application = sent(id);
        application.getStatus().require(ApplicationAction.REQUEST_INFORMATION);
        if (question.isBlank()) {
            throw new InvalidApplicationException("question", "Enter what you need the family to tell you or send");
        }
        AppUser me = currentUser.require();
        records.add(application.requestInformation(question.strip(), me.displayName(), records.clockInstant()));
        records.save(application);
        records.log(application, "More information needed", question.strip(), me.displayName(), true);
        records.publish(progressed(application, Step.INFORMATION_REQUESTED, null));
    }

    /** Decides, writes the letter and tells the family; the review deadline is 20 working days from today. */
    @Transactional
    public ApplicationDetails decide(UUID id, Decision decision) {
        Application application = sent(id);
        requireDecidable(application, decision);
        AppUser me = currentUser.require();
        LocalDate reviewBy = WorkingDays.plusWorkingDays(records.today(), days.reviewRequest());
        application.decide(decision, me.id(), me.displayName(), records.clockInstant(), reviewBy);
        records.save(application);
        letters.decision(records.details(application, false));
        records.log(application, decision.eligible() ? "Decided: eligible" : "Decided: not eligible", "Decision letter sent",
                me.displayName(), true);
        records.publish(progressed(application, Step.DECIDED, reviewBy));
        records.publish(decided(application, ApplicationDecided.Occasion.DECISION, decision, me));
        return records.details(application, false);
    }

    /**
     * Checks a decision before the officer confirms it, as {@link #decide} will, and says in one line what the
     * letter will say: "Refuse: not eligible under any category", or "Eligible, category C, a mileage allowance".
     */
    @Transactional(readOnly = true)
    public String checkDecision(UUID id, Decision decision) {
        requireDecidable(sent(id), decision);
        return decision.summary();
    }

    private static void requireDecidable(Application application, Decision decision) {
        if (application.getStatus() == ApplicationStatus.INFORMATION_NEEDED) {
            throw new InvalidApplicationException("decision", "Wait for the family's answer before deciding");
        }
        application.getStatus().require(ApplicationAction.DECIDE);
        if (!decision.problems().isEmpty()) {
            throw new InvalidApplicationException(decision.problems());
        }
    }

    /** A senior officer who did not make the decision decides the stage 1 review. */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.SENIOR_OFFICER + "')")
    public ApplicationDetails decideReview(UUID id, @Nullable ChallengeOutcome outcome, String typed) {
        String reasons = PlainText.cleanText(typed);
        Application application = sent(id);
        application.getStatus().require(ApplicationAction.DECIDE_REVIEW);
        Challenge review = challenge(application, ChallengeStage.REVIEW);
        AppUser me = currentUser.require();
        requireOutcome(outcome, "Choose whether the review upholds or changes the decision", reasons);
        boolean upheld = outcome == ChallengeOutcome.UPHELD;
        var before = review.snapshot();
        application.decideReview(review, outcome, reasons.strip(), me.id(),
                me.displayName(), records.clockInstant());
        records.publishChanged(review, application.getHouseholdId(), before);
        records.save(application);
        var details = records.details(application, false);
        letters.review(details, Objects.requireNonNull(details.appealBy()));
        records.log(application, upheld ? "Review decided: decision upheld" : "Review decided: decision changed", "Review letter sent",
                me.displayName(), true);
        records.publish(progressed(application, Step.REVIEW_DECIDED, details.appealBy()));
        return records.details(application, false);
    }

    /**
     * Arranges the panel hearing: within 40 working days of the appeal, with the family's further evidence due 10
     * working days before and the panel's letter due 5 working days after.
     */
    @Transactional
    public ApplicationDetails arrangeHearing(UUID id, LocalDate on, @Nullable HearingMode mode) {
        Application application = sent(id);
        application.getStatus().require(ApplicationAction.ARRANGE_HEARING);
        Challenge appeal = challenge(application, ChallengeStage.APPEAL);
        LocalDate evidenceBy = WorkingDays.minusWorkingDays(on, days.furtherEvidenceBeforeHearing());
        if (mode == null) {
            throw new InvalidApplicationException("hearingMode", "Choose whether the hearing is by video or in person");
        }
        if (!WorkingDays.isWorkingDay(on)) {
            throw new InvalidApplicationException("hearingOn", "Choose a working day for the hearing");
        }
        if (on.isAfter(appeal.getRespondBy())) {
            throw new InvalidApplicationException("hearingOn", "The hearing must be on or before "
                    + GovukDates.day(appeal.getRespondBy()) + ", " + days.hearingWithin() + " working days after the appeal");
        }
        if (!evidenceBy.isAfter(records.today())) {
            throw new InvalidApplicationException("hearingOn", "Choose a later date: the family needs time to send evidence "
                    + days.furtherEvidenceBeforeHearing() + " working days before");
        }
        var before = appeal.snapshot();
        application.arrangeHearing(appeal, on, mode, evidenceBy,
                WorkingDays.plusWorkingDays(on, days.panelLetterAfterHearing()), records.clockInstant());
        records.publishChanged(appeal, application.getHouseholdId(), before);
        records.save(application);
        letters.hearing(records.details(application, false));
        records.log(application, "Appeal hearing arranged for " + GovukDates.day(on), "Hearing letter sent",
                currentUser.require().displayName(), true);
        records.publish(progressed(application, Step.HEARING_ARRANGED, on));
        return records.details(application, false);
    }

    /** Records the independent panel's decision; the person recording it took no part in the decision or the review. */
    @Transactional
    public ApplicationDetails recordAppealOutcome(UUID id, @Nullable ChallengeOutcome outcome, String typed) {
        String reasons = PlainText.cleanText(typed);
        Application application = sent(id);
        application.getStatus().require(ApplicationAction.DECIDE_APPEAL);
        Challenge appeal = challenge(application, ChallengeStage.APPEAL);
        Challenge review = challenge(application, ChallengeStage.REVIEW);
        AppUser me = currentUser.require();
        requireOutcome(outcome, "Choose whether the panel allowed or dismissed the appeal", reasons);
        boolean allowed = outcome == ChallengeOutcome.CHANGED;
        var before = appeal.snapshot();
        application.decideAppeal(appeal, review, outcome, reasons.strip(), me.id(),
                me.displayName(), records.clockInstant());
        records.publishChanged(appeal, application.getHouseholdId(), before);
        records.save(application);
        letters.appeal(records.details(application, false));
        records.log(application, allowed ? "Appeal allowed" : "Appeal dismissed", "Panel's letter sent", me.displayName(), true);
        records.publish(progressed(application, Step.APPEAL_DECIDED, null));
        return records.details(application, false);
    }

    /**
     * Records what the council now offers after the review or appeal just decided changed the decision: the
     * revised offer's letter, the timeline, the audit trail, and {@link ApplicationDecided} again for budgets and claims.
     */
    @Transactional
    public ApplicationDetails recordRevisedOffer(UUID id, Decision decision) {
        Application application = sent(id);
        application.getStatus().require(ApplicationAction.RECORD_REVISED_OFFER);
        if (!decision.problems().isEmpty()) {
            throw new InvalidApplicationException(decision.problems());
        }
        boolean afterAppeal = application.getStatus() == ApplicationStatus.APPEAL_DECIDED;
        Challenge stage = challenge(application, afterAppeal ? ChallengeStage.APPEAL : ChallengeStage.REVIEW);
        AppUser me = currentUser.require();
        var before = stage.snapshot();
        application.reviseDecision(stage, decision, me.id(), me.displayName(), records.clockInstant());
        records.publishChanged(stage, application.getHouseholdId(), before);
        var details = records.details(application, false);
        letters.revisedOffer(details, stage.getStage());
        records.log(application, "Revised offer recorded", decision.summary(), me.displayName(), true);
        records.publish(progressed(application, Step.OFFER_REVISED, null));
        records.publish(decided(application, afterAppeal ? ApplicationDecided.Occasion.REVISED_AFTER_APPEAL
                : ApplicationDecided.Occasion.REVISED_AFTER_REVIEW, decision, me));
        return records.details(application, false);
    }

    /** The facts of a decision for every listener, with the distances it was based on: the stored basis. */
    private ApplicationDecided decided(Application application, ApplicationDecided.Occasion occasion, Decision decision, AppUser me) {
        MeasuredBasis basis = MeasuredBases.read(application);
        var distances = basis != null ? distances(basis) : distancesBeforeBases(application);
        return new ApplicationDecided(application.getId(), String.valueOf(application.getReference()), application.getHouseholdId(),
                application.getChildId(), application.getChildName(), application.getSchoolUrn(), application.getSchoolName(), occasion,
                decision.eligible(), decision.category(), decision.offers(), records.today(), distances, me.id(), me.displayName());
    }

    private static ApplicationDecided.Distances distances(MeasuredBasis basis) {
        var school = basis.measuredTo();
        return new ApplicationDecided.Distances(school == null ? null : school.walkingMetres(), school == null ? null : school.roadMetres(),
                school != null && school.walkingStraightLine(), school == null ? null : school.name(), basis.method(), basis.indicative(),
                basis.policyVersion());
    }

    /** An application sent before bases were kept, decided without re-measuring: the engine's stored result. */
    private ApplicationDecided.Distances distancesBeforeBases(Application application) {
        var result = records.eligibility(application);
        var school = result == null ? null : result.school();
        var distances = new ApplicationDecided.Distances(
                school == null ? null : Math.round(school.walking().metres()),
                school == null || school.road() == null ? null : Math.round(school.road().metres()),
                school != null && school.walkingMeasure() == EligibilityResult.Measure.STRAIGHT_LINE,
                school == null ? null : school.name(),
                result == null ? "Not measured" : result.distanceMethod(), result != null && result.indicative(),
                result == null ? "" : result.policyVersion());
        return distances;
    }

    @Transactional(readOnly = true)
    public EvidenceContent evidence(UUID id, UUID evidenceId) {
        Application application = sent(id);
        var content = intake.content(application, evidenceId);
        records.publish(new RecordRead(EvidenceIntake.EVIDENCE, evidenceId.toString(), application.getHouseholdId(),
                "evidence file " + content.fileName()));
        return content;
    }

    @Transactional(readOnly = true)
    public byte[] letter(UUID id, UUID letterId) {
        sent(id);
        return records.letter(id, letterId).orElseThrow().getPdf();
    }

    private Challenge challenge(Application application, ChallengeStage stage) {
        return records.challenge(application.getId(), stage).orElseThrow();
    }

    /** Drafts are the family's own until sent: officers never see them. */
    private Application sent(UUID id) {
        Application application = records.find(id);
        if (application.getStatus() == ApplicationStatus.DRAFT) {
            throw new ApplicationNotFoundException(id);
        }
        return application;
    }

    /** An outcome nobody chose is never recorded: both are asked for, and both problems shown at once. */
    private static void requireOutcome(@Nullable ChallengeOutcome outcome, String choose, String reasons) {
        var problems = new java.util.LinkedHashMap<String, String>();
        if (outcome == null) {
            problems.put("outcome", choose);
        }
        if (reasons.isBlank()) {
            problems.put("reasons", "Give the reasons, in plain English");
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
    }

    private static ApplicationProgressed progressed(Application application, Step step, @Nullable LocalDate by) {
        return new ApplicationProgressed(application.getId(), String.valueOf(application.getReference()), application.getHouseholdId(),
                application.getChildName(), step, by, null);
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
