package org.travelassist.applications;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.travelassist.accounts.Acting;
import org.travelassist.accounts.ChildDetails;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationProgressed.Step;
import org.travelassist.applications.internal.Application;
import org.travelassist.applications.internal.ApplicationRecords;
import org.travelassist.applications.internal.EvidenceIntake;
import org.travelassist.applications.internal.SchoolSuitabilityRecords;
import org.travelassist.applications.internal.SchoolYear;
import org.travelassist.applications.internal.InformationRequest;
import org.travelassist.applications.internal.Letter;
import org.travelassist.eligibility.EligibilityService;
import org.travelassist.schools.School;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.PlainText;
import org.travelassist.shared.RecordChanged;
import org.travelassist.shared.WorkingDays;

/**
 * The family's side of an application: a parent, or an adviser the family consented to, within the consent's
 * scope (view; prepare; submit; ask for reviews). Every method checks the application's household against the
 * person asking, whatever the page showed them. Answers are saved as they are given, so nothing typed is lost.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.PARENT + "','" + AppRoles.ADVISER + "')")
public class ApplicationService {

    private final ApplicationRecords records;
    private final HouseholdService households;
    private final HouseholdAccess access;
    private final SchoolRegister schools;
    private final EligibilityService eligibility;
    private final EvidenceIntake intake;
    private final CouncilProfile council;
    private final SchoolSuitabilityRecords suitability;
    private final TransactionOperations transactions;

    ApplicationService(ApplicationRecords records, HouseholdService households, HouseholdAccess access, SchoolRegister schools,
            EligibilityService eligibility, EvidenceIntake intake,
            CouncilProfile council, SchoolSuitabilityRecords suitability, TransactionOperations transactions) {
        this.transactions = transactions;
        this.records = records;
        this.households = households;
        this.access = access;
        this.schools = schools;
        this.eligibility = eligibility;
        this.intake = intake;
        this.council = council;
        this.suitability = suitability;
    }

    /**
     * A household's applications, newest first, as their list shows them: each without its history (evidence,
     * timeline, letters, reviews and requests are empty here; {@link #application} has them), so a list of N
     * applications is one read, not 6N.
     */
    @Transactional(readOnly = true)
    public List<ApplicationDetails> applicationsOf(UUID householdId) {
        access.require(householdId, ConsentScope.VIEW, "Household", householdId);
        return records.ofHousehold(householdId).stream().map(records::withoutHistory).toList();
    }

    /**
     * Starts an application for a child, or returns the draft already started for it: one draft per child, so a
     * double click or a second tab never makes two. Two starting at the same moment both see no draft; the
     * database's unique index refuses the second insert, and the second then finds the first's draft.
     */
    public UUID start(UUID childId) {
        return start(childId, null, null);
    }

    /**
     * Starts an application as {@link #start(UUID)} does, saying why it is new when one for the child was decided
     * this school year: without a reason that is refused, naming the decided one. The reason is kept with the
     * application; only "we have moved home" lets it be sent for the same school ({@link #submit}).
     */
    public UUID start(UUID childId, @Nullable NewApplicationReason reason, @Nullable String typedReason) {
        try {
            return Objects.requireNonNull(transactions.execute(status -> startOrContinue(childId, reason, typedReason)));
        } catch (DataIntegrityViolationException raced) {
            return Objects.requireNonNull(transactions.execute(status -> startOrContinue(childId, reason, typedReason)));
        }
    }

    /**
     * The child's application decided in this school year (1 September to 31 August), the latest if several, without
     * its history (as {@link #applicationsOf}).
     */
    @Transactional(readOnly = true)
    public Optional<ApplicationDetails> decidedThisSchoolYear(UUID childId) {
        ChildDetails child = households.child(childId, ConsentScope.VIEW);
        access.require(child.householdId(), ConsentScope.VIEW, "Child", childId);
        return decidedThisSchoolYear(childId, null).stream().findFirst().map(records::withoutHistory);
    }

    private List<Application> decidedThisSchoolYear(UUID childId, @Nullable String schoolUrn) {
        SchoolYear year = SchoolYear.of(records.today());
        return records.ofChild(childId).stream()
                .filter(application -> application.getDecidedAt() != null && application.getStatus() != ApplicationStatus.WITHDRAWN)
                .filter(application -> year.contains(application.getDecidedAt().atZone(GovukDates.LONDON).toLocalDate()))
                .filter(application -> schoolUrn == null || schoolUrn.equals(application.getSchoolUrn()))
                .toList();
    }

    private UUID startOrContinue(UUID childId, @Nullable NewApplicationReason reason, @Nullable String typedReason) {
        ChildDetails child = households.child(childId, ConsentScope.PREPARE);
        Acting acting = access.require(child.householdId(), ConsentScope.PREPARE, "Child", childId);
        Optional<Application> draft = records.draftOf(childId);
        if (draft.isPresent()) {
            return draft.get().getId();
        }
        // One application with the council at a time: a second would be decided twice, perhaps both ways.
        Optional<Application> open = records.ofChild(childId).stream()
                .filter(sent -> sent.getStatus().open()).findFirst();
        if (open.isPresent()) {
            throw new InvalidApplicationException("child", alreadyOpen(child.fullName(), String.valueOf(open.get().getReference()),
                    open.get().getStatus()));
        }
        // Decided this school year: a new one must say why, so the same question is not simply asked again.
        Optional<Application> decided = decidedThisSchoolYear(childId, null).stream().findFirst();
        String why = null;
        if (decided.isPresent()) {
            Application earlier = decided.get();
            if (reason == null) {
                throw new InvalidApplicationException("reason", decidedThisYear(child.fullName(), String.valueOf(earlier.getReference()),
                        earlier.getSchoolName(), GovukDates.day(earlier.getDecidedAt())));
            }
            why = reason == NewApplicationReason.OTHER ? PlainText.cleanText(typedReason == null ? "" : typedReason).strip() : null;
            if (why != null && why.isBlank()) {
                throw new InvalidApplicationException("reasonText", "Tell us why this is a new application");
            }
            if (why != null && why.length() > 500) {
                throw new InvalidApplicationException("reasonText", "Your reason must be 500 characters or fewer");
            }
        }
        var started = new Application(child.householdId(), childId, child.fullName(), child.hasEhcPlan(), records.clockInstant());
        if (decided.isPresent()) {
            started.newBecause(Objects.requireNonNull(reason), why);
        }
        var application = records.add(started);
        records.log(application, "Application started", decided.isEmpty() ? null
                : "New application after " + decided.get().getReference() + ": " + Objects.requireNonNull(reason).label
                        + (why == null ? "" : ": " + why), acting.personName(), true);
        return application.getId();
    }

    @Transactional(readOnly = true)
    public ApplicationDetails application(UUID id) {
        Application application = records.find(id);
        access.require(application.getHouseholdId(), ConsentScope.VIEW, ApplicationRecords.APPLICATION, id);
        return records.details(application, true);
    }

    /**
     * The application's own row, for a page that shows no history (its question pages, the confirmation): answers,
     * status, reference, dates and decision, with evidence, timeline, letters, reviews and requests left empty; one
     * read instead of six, ten times in each application.
     */
    @Transactional(readOnly = true)
    public ApplicationDetails summary(UUID id) {
        Application application = records.find(id);
        access.require(application.getHouseholdId(), ConsentScope.VIEW, ApplicationRecords.APPLICATION, id);
        return records.withoutHistory(application);
    }

    /** The child the application is for, as the family's records have it now. */
    @Transactional(readOnly = true)
    public ChildDetails child(UUID id) {
        Application application = records.find(id);
        access.require(application.getHouseholdId(), ConsentScope.VIEW, ApplicationRecords.APPLICATION, id);
        return households.child(application.getChildId(), ConsentScope.VIEW);
    }

    /**
     * Saves one answer to a draft, even an unfinished one: the page saves as the family types and moves on, and
     * checks the answers properly only when they continue or send.
     */
    @Transactional
    public void saveAnswer(UUID id, String key, String typed) {
        String value = PlainText.cleanText(typed);
        Question question = ApplicationQuestions.find(key).orElseThrow(() -> new IllegalArgumentException("No question " + key));
        Application application = draft(id, ConsentScope.PREPARE);
        String stored = value.length() > Question.MAX_TEXT ? value.substring(0, Question.MAX_TEXT) : value;
        if (question.kind() == Question.Kind.SCHOOL) {
            School school = stored.isBlank() ? null : schools.find(stored).orElseThrow(
                    () -> new InvalidApplicationException(key, "Choose a school from the list"));
            application.school(school == null ? null : school.urn(), school == null ? null : school.name());
        }
        String before = application.getAnswers().get(key);
        application.answer(key, stored, records.clockInstant());
        if (!stored.equals(before)) {
            records.publish(RecordChanged.changed(ApplicationRecords.APPLICATION, id, application.getHouseholdId(),
                    Collections.singletonMap(key, before), Map.of(key, stored)));
        }
    }

    /**
     * Adds an evidence file to a draft, or to an answer to a request for information. Not in a transaction: the
     * virus scan runs before the file is kept ({@link EvidenceIntake}).
     */
    public ApplicationDetails.EvidenceFile addEvidence(UUID id, String fileName, byte[] content) {
        return intake.add(id, fileName, content);
    }

    @Transactional
    public void removeEvidence(UUID id, UUID evidenceId) {
        Application application = draft(id, ConsentScope.PREPARE);
        intake.remove(application, evidenceId);
    }

    /** An evidence file's content, for viewing in the page. */
    @Transactional(readOnly = true)
    public EvidenceContent evidence(UUID id, UUID evidenceId) {
        Application application = records.find(id);
        access.require(application.getHouseholdId(), ConsentScope.VIEW, ApplicationRecords.APPLICATION, id);
        return intake.content(application, evidenceId);
    }

    /** A letter's PDF. */
    @Transactional(readOnly = true)
    public byte[] letter(UUID id, UUID letterId) {
        Application application = records.find(id);
        access.require(application.getHouseholdId(), ConsentScope.VIEW, ApplicationRecords.APPLICATION, id);
        Letter letter = records.letter(id, letterId)
                .orElseThrow(() -> access.refused("Letter", letterId, "letter of another application"));
        return letter.getPdf();
    }

    /**
     * Sends the application: checks every answer, computes the entitlement from the child's home and the chosen
     * school and stores it, gives the reference and sets the decision date. Sending twice sends once.
     *
     * @throws InvalidApplicationException with every problem, by question
     */
    @Transactional
    public ApplicationDetails submit(UUID id, boolean declared) {
        Application application = records.find(id);
        Acting acting = access.require(application.getHouseholdId(), ConsentScope.SUBMIT, ApplicationRecords.APPLICATION, id);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            return records.details(application, true);
        }
        Map<String, String> problems = new java.util.LinkedHashMap<>(ApplicationQuestions.problems(application.getAnswers()));
        sameSchoolDecided(application).ifPresent(problem -> problems.put(ApplicationQuestions.SCHOOL, problem));
        if (!declared) {
            problems.put("declaration", "Confirm that the information you have given is correct");
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        ChildDetails child = households.child(application.getChildId(), ConsentScope.VIEW);
        application.answer(ApplicationRecords.HOME_ADDRESS, child.addressLine1() + (child.town() == null ? "" : ", " + child.town()), records.clockInstant());
        application.answer(ApplicationRecords.HOME_POSTCODE, child.postcode().value(), records.clockInstant());
        application.answer(ApplicationRecords.DATE_OF_BIRTH, child.dateOfBirth().toString(), records.clockInstant());
        boolean ehcPlan = ApplicationQuestions.hasFinalEhcPlan(application.getAnswers());
        var check = eligibility.check(records.checkRequest(application), null, suitability.inputs(application));
        LocalDate today = records.today();
        String reference = "TA-" + Year.from(today) + "-" + String.format("%06d", records.nextReferenceNumber());
        LocalDate due = WorkingDays.plusWorkingDays(today, council.workingDays().decision());
        application.submit(reference, records.toJson(check.result()), ehcPlan, acting.personId(), records.clockInstant(), due);
        records.measured(application, check);
        records.save(application);
        records.log(application, "Application sent", acting.byAdviser() ? "Sent by " + acting.personName() + " for the family" : null,
                acting.personName(), true);
        records.publish(new ApplicationProgressed(id, reference, application.getHouseholdId(), application.getChildName(),
                Step.SUBMITTED, due, acting.byAdviser() ? acting.personName() : null));
        return records.details(application, true);
    }

    /** The family answers the council's open question; files go with {@link #addEvidence}. */
    @Transactional
    public void answerInformationRequest(UUID id, String typed) {
        String answer = PlainText.cleanText(typed);
        Application application = records.find(id);
        Acting acting = access.require(application.getHouseholdId(), ConsentScope.SUBMIT, ApplicationRecords.APPLICATION, id);
        application.getStatus().require(ApplicationAction.ANSWER_INFORMATION);
        InformationRequest open = records.informationRequests(id).stream()
                .filter(request -> request.getAnswer() == null).findFirst()
                .orElseThrow(() -> new InvalidApplicationException("answer", "The council is not waiting for an answer on this application"));
        if (answer.isBlank()) {
            throw new InvalidApplicationException("answer", "Enter your answer");
        }
        if (answer.length() > Question.MAX_TEXT) {
            throw new InvalidApplicationException("answer", "Your answer must be " + Question.MAX_TEXT + " characters or fewer");
        }
        application.answerInformation(open, answer.strip(), records.clockInstant());
        records.publish(RecordChanged.changed("InformationRequest", open.getId(), application.getHouseholdId(),
                Collections.singletonMap("answer", null), Map.of("answer", answer.strip())));
        records.save(application);
        records.log(application, "Information sent", answer.strip(), acting.personName(), true);
        records.publish(progressed(application, Step.INFORMATION_SENT, application.getDecisionDue(), acting));
    }

    /** Withdraws an application that has not been decided. */
    @Transactional
    public void withdraw(UUID id) {
        Application application = records.find(id);
        Acting acting = access.require(application.getHouseholdId(), ConsentScope.SUBMIT, ApplicationRecords.APPLICATION, id);
        if (!application.getStatus().canBeWithdrawn()) {
            throw new InvalidApplicationException("withdraw", "This application has been decided and cannot be withdrawn");
        }
        boolean wasSent = application.getStatus() != ApplicationStatus.DRAFT;
        application.withdraw(acting.personId(), records.clockInstant());
        records.save(application);
        records.log(application, "Application withdrawn", null, acting.personName(), true);
        if (wasSent) {
            records.publish(progressed(application, Step.WITHDRAWN, null, acting));
        }
    }

    /**
     * Asks for a stage 1 review, within 20 working days of the decision; a senior officer who did not decide
     * replies within 20 working days.
     */
    @Transactional
    public ApplicationDetails requestReview(UUID id, String grounds) {
        return challenge(id, ChallengeStage.REVIEW, grounds);
    }

    /** Appeals to the independent panel (stage 2), within 20 working days of the review letter. */
    @Transactional
    public ApplicationDetails requestAppeal(UUID id, String grounds) {
        return challenge(id, ChallengeStage.APPEAL, grounds);
    }

    private ApplicationDetails challenge(UUID id, ChallengeStage stage, String typed) {
        String grounds = PlainText.cleanText(typed);
        Application application = records.find(id);
        Acting acting = access.require(application.getHouseholdId(), ConsentScope.REVIEW, ApplicationRecords.APPLICATION, id);
        ApplicationDetails details = records.details(application, true);
        boolean review = stage == ChallengeStage.REVIEW;
        boolean allowed = review ? details.canAskForReview() : details.canAppeal();
        if (records.challenge(id, stage).isPresent()) {
            return details;
        }
        if (!allowed) {
            throw new InvalidApplicationException("grounds", review
                    ? "You can no longer ask for a review of this decision online. Call the council on " + council.phone() + " to talk about what you can do"
                    : "You can no longer appeal online. Call the council on " + council.phone() + " to talk about what you can do");
        }
        if (grounds.isBlank()) {
            throw new InvalidApplicationException("grounds", review ? "Tell us why you think the decision is wrong" : "Tell us why you are appealing");
        }
        if (grounds.length() > 8000) {
            throw new InvalidApplicationException("grounds", "Your reasons must be 8,000 characters or fewer");
        }
        LocalDate today = records.today();
        LocalDate respondBy = WorkingDays.plusWorkingDays(today,
                review ? council.workingDays().reviewDecision() : council.workingDays().hearingWithin());
        records.add(review
                ? application.requestReview(grounds.strip(), acting.personId(), records.clockInstant(), respondBy)
                : application.appeal(grounds.strip(), acting.personId(), records.clockInstant(), respondBy), application.getHouseholdId());
        records.save(application);
        records.log(application, review ? "Review requested" : "Appeal requested", grounds.strip(), acting.personName(), true);
        records.publish(progressed(application, review ? Step.REVIEW_REQUESTED : Step.APPEAL_REQUESTED, respondBy, acting));
        return records.details(application, true);
    }

    private Application draft(UUID id, ConsentScope scope) {
        Application application = records.find(id);
        access.require(application.getHouseholdId(), scope, ApplicationRecords.APPLICATION, id);
        if (!application.getStatus().allows(ApplicationAction.EDIT_ANSWERS)) {
            throw new InvalidApplicationException("application", "This application has been sent and cannot be changed");
        }
        return application;
    }

    private static ApplicationProgressed progressed(Application application, Step step, @Nullable LocalDate by, Acting acting) {
        return new ApplicationProgressed(application.getId(), String.valueOf(application.getReference()), application.getHouseholdId(),
                application.getChildName(), step, by, acting.byAdviser() ? acting.personName() : null);
    }

    /** Why a new application is not started: the one with the council, by reference and status. */
    public static String alreadyOpen(String childName, String reference, ApplicationStatus status) {
        return childName + " already has an application with the council, " + reference + " (" + status.lowerLabel()
                + "). Follow it on its page; withdraw it first if you need to apply again.";
    }

    /**
     * The one rule for the same school twice in a school year: only a move of home can change the answer, so only
     * that reason lets the application go; a change of school is a different school.
     */
    private Optional<String> sameSchoolDecided(Application application) {
        if (application.getSchoolUrn() == null
                || application.getNewReason() != null && application.getNewReason().allowsSameSchool()) {
            return Optional.empty();
        }
        return decidedThisSchoolYear(application.getChildId(), application.getSchoolUrn()).stream()
                .filter(earlier -> !earlier.getId().equals(application.getId())).findFirst()
                .map(earlier -> application.getChildName() + "'s application " + earlier.getReference() + " for " + earlier.getSchoolName()
                        + " was decided on " + GovukDates.day(earlier.getDecidedAt()) + ". You can apply again for the same school this "
                        + "school year only if you have moved home. Choose another school, or ask for a review of that decision");
    }

    /** Why a plain new application is not started: the one decided this school year, by reference, school and date. */
    public static String decidedThisYear(String childName, String reference, @Nullable String schoolName, String decidedOn) {
        return childName + "'s application " + reference + (schoolName == null ? "" : " for " + schoolName) + " was decided on "
                + decidedOn + ". To apply again this school year, tell us why: you have moved home, or your child is changing school.";
    }
}
