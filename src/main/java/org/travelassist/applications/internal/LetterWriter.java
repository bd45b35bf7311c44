package org.travelassist.applications.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ChallengeOutcome;
import org.travelassist.applications.ChallengeStage;
import org.travelassist.applications.HearingMode;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.Distance;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityResult.SchoolFinding;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.PdfDocuments;
import org.travelassist.shared.RecordChanged;

/**
 * The letters at each step, with what the Local Government and Social Care Ombudsman expects to find in them: the
 * decision, the reasons in plain English, the measured route and how it was measured, and how to challenge the
 * decision and by which date. Each is kept as sent. The wording is in the templates ({@link LetterTemplates});
 * this class gathers the facts each one needs.
 */
@Component
public class LetterWriter {

    private final ApplicationRecords records;
    private final LetterRepository letters;
    private final LetterTemplates templates;
    private final HouseholdAccess households;
    private final Clock clock;
    private final Council council;

    LetterWriter(ApplicationRecords records, LetterRepository letters, LetterTemplates templates, HouseholdAccess households,
            Clock clock, CouncilProfile council) {
        this.records = records;
        this.letters = letters;
        this.templates = templates;
        this.households = households;
        this.clock = clock;
        this.council = Council.of(council);
    }

    public Letter decision(ApplicationDetails application) {
        var decision = application.decision();
        if (decision == null) {
            throw new IllegalStateException("No decision yet on " + application.reference());
        }
        // Each offer as a label and a flag named after it, so the template words each one in full.
        List<Map<String, Object>> offers = !decision.eligible() ? List.of()
                : decision.offers().stream().sorted().map(o -> Map.<String, Object>of("label", o.label, o.name(), true)).toList();
        return save(application, "decision", new DecisionLetter(heading(application, "Decision letter",
                "Decision on your application for help with travel to school"), decisionSentence(application), offers,
                decision.reasons(), route(application.eligibility()), GovukDates.day(decision.reviewBy())));
    }

    /** The offer after a review or appeal changed the decision, and what the family can still do. */
    public Letter revisedOffer(ApplicationDetails application, ChallengeStage stage) {
        var challenge = application.stage(stage);
        if (challenge == null || challenge.revised() == null) {
            throw new IllegalStateException("No revised offer on " + application.reference());
        }
        var revised = challenge.revised();
        List<Map<String, Object>> offers = !revised.eligible() ? List.of()
                : revised.offers().stream().sorted().map(o -> Map.<String, Object>of("label", o.label, o.name(), true)).toList();
        String child = application.childName();
        String outcome = revised.eligible()
                ? child + " is eligible for free travel to " + application.schoolName() + " ("
                        + (revised.category() == null ? "" : revised.category().title.toLowerCase(Locale.UK)) + ")."
                : child + " is not eligible for free travel to " + application.schoolName() + ".";
        boolean afterReview = stage == ChallengeStage.REVIEW;
        return save(application, "revised-offer", new RevisedOfferLetter(heading(application, "Revised offer letter",
                afterReview ? "Your revised offer after the review" : "Your revised offer after the appeal"), outcome, offers,
                revised.reasons(), afterReview, afterReview && application.appealBy() != null ? GovukDates.day(application.appealBy()) : ""));
    }

    public Letter review(ApplicationDetails application, LocalDate appealBy) {
        var review = application.review();
        if (review == null || review.outcome() == null) {
            throw new IllegalStateException("No stage 1 outcome on " + application.reference());
        }
        return save(application, "review", new ReviewLetter(heading(application, "Stage 1 review letter", "Stage 1 review of our decision"),
                outcomeSentence(review.outcome(), 1), String.valueOf(review.decidedBy()), GovukDates.day(review.requestedAt()),
                review.grounds(), String.valueOf(review.outcomeReasons()), route(application.eligibility()), GovukDates.day(appealBy)));
    }

    public Letter hearing(ApplicationDetails application) {
        var appeal = application.appeal();
        if (appeal == null || appeal.hearingOn() == null || appeal.evidenceBy() == null) {
            throw new IllegalStateException("No hearing arranged on " + application.reference());
        }
        return save(application, "hearing", new HearingLetter(heading(application, "Appeal hearing letter", "Your appeal hearing"),
                GovukDates.day(appeal.hearingOn()), appeal.hearingMode() == HearingMode.REMOTE, GovukDates.day(appeal.evidenceBy()),
                appeal.outcomeBy() == null ? "" : GovukDates.day(appeal.outcomeBy())));
    }

    public Letter appeal(ApplicationDetails application) {
        var appeal = application.appeal();
        if (appeal == null || appeal.outcome() == null) {
            throw new IllegalStateException("No appeal outcome on " + application.reference());
        }
        return save(application, "appeal", new AppealLetter(heading(application, "Appeal decision letter", "The panel's decision"),
                outcomeSentence(appeal.outcome(), 2), String.valueOf(appeal.outcomeReasons())));
    }

    private Heading heading(ApplicationDetails application, String title, String heading) {
        List<String> parents = households.parentNames(application.householdId());
        String addressee = parents.isEmpty() ? "The parent or carer of " + application.childName() : String.join(" and ", parents);
        return new Heading(title, heading, new Addressee(addressee, address(application)), GovukDates.day(records.today()),
                String.valueOf(application.reference()), application.childName(), String.valueOf(application.schoolName()), council);
    }

    /** The home address the family sent with the application, a line each, as a letter's address block has it. */
    static List<String> address(ApplicationDetails application) {
        var lines = new ArrayList<String>(Arrays.stream(application.answer(ApplicationRecords.HOME_ADDRESS).split(","))
                .map(String::strip).filter(line -> !line.isEmpty()).toList());
        String postcode = application.answer(ApplicationRecords.HOME_POSTCODE).strip();
        if (!postcode.isEmpty()) {
            lines.add(postcode);
        }
        return List.copyOf(lines);
    }

    static String decisionSentence(ApplicationDetails application) {
        var decision = application.decision();
        String child = application.childName();
        if (decision == null) {
            return "";
        }
        if (!decision.eligible()) {
            return child + " is not eligible for free travel to " + application.schoolName() + ".";
        }
        String category = decision.category() == null ? "" : decision.category().title.toLowerCase(Locale.UK);
        return child + " is eligible for free travel to " + application.schoolName() + " (" + category + ").";
    }

    private static String outcomeSentence(ChallengeOutcome outcome, int stage) {
        boolean upheld = outcome == ChallengeOutcome.UPHELD;
        return stage == 1
                ? (upheld ? "The review upholds our decision: it stays as it was." : "The review changes our decision in your favour.")
                : (upheld ? "The panel dismissed your appeal: the decision stands." : "The panel allowed your appeal: the decision is changed in your favour.");
    }

    /**
     * The measured route and how it was measured: in the letter, the schools that decided the outcome; in its
     * annex, every school considered.
     */
    static @Nullable Route route(@Nullable EligibilityResult result) {
        if (result == null) {
            return null;
        }
        SchoolFinding school = result.school();
        List<SchoolFinding> deciding = decidingSchools(result);
        return new Route(school == null ? null : school.name(), school == null ? null : school.describeWalking(),
                school == null || school.road() == null ? null : school.road().describe(), result.ageUsed(),
                result.walkingLimit().milesRounded().stripTrailingZeros().toPlainString(), sentence(result.distanceMethod()),
                result.policyVersion(), result.indicative(), deciding.stream().map(LetterWriter::row).toList(),
                result.schoolsConsidered().stream().map(LetterWriter::row).toList(),
                result.schoolsConsidered().size() > deciding.size());
    }

    /**
     * The schools that decided the outcome, nearest first: the nearest suitable schools (all those as near as the
     * nearest, and the three nearest when the family has a low income, as category D2 counts them), every school
     * nearer than those that is not suitable, with why, and the school applied for. A secondary pupil's letter no
     * longer lists primary schools 14 miles away; those are in the annex.
     */
    static List<SchoolFinding> decidingSchools(EligibilityResult result) {
        List<SchoolFinding> byDistance = result.schoolsConsidered().stream().sorted(Comparator.comparing(SchoolFinding::walking).thenComparing(SchoolFinding::name)).toList();
        List<SchoolFinding> suitable = byDistance.stream().filter(SchoolFinding::suitable).toList();
        SchoolFinding applied = result.school();
        Distance reach;
        if (!suitable.isEmpty()) {
            int counted = result.question().lowIncome() ? 3 : 1;
            reach = suitable.get(Math.min(counted, suitable.size()) - 1).walking();
        } else if (applied != null) {
            reach = applied.walking();
        } else {
            return byDistance;
        }
        return byDistance.stream()
                .filter(s -> s.walking().compareTo(reach) <= 0 || applied != null && s.urn().equals(applied.urn()))
                .toList();
    }

    private static SchoolRow row(SchoolFinding school) {
        return new SchoolRow(school.name(), school.describeWalking(), school.suitable(), school.reason());
    }

    /** Text that goes before a full stop in the template, without its own ("road route.." in the old letter). */
    static String sentence(String text) {
        String stripped = text.strip();
        while (stripped.endsWith(".")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    private Letter save(ApplicationDetails application, String template, Model model) {
        String title = model.heading().title();
        byte[] pdf = PdfDocuments.render(title + " " + application.reference(), council.name(), templates.render(template, model));
        Letter letter = letters.save(new Letter(application.id(), title, pdf, clock.instant()));
        records.publish(RecordChanged.created("Letter", letter.getId(), application.householdId(),
                Map.of("applicationId", application.id().toString(), "title", title, "sizeBytes", Integer.toString(pdf.length))));
        return letter;
    }

    /** What a template is given: the facts, already worded where a sentence depends on them. */
    public sealed interface Model permits DecisionLetter, ReviewLetter, HearingLetter, AppealLetter, RevisedOfferLetter {
        Heading heading();
    }

    /** The council's details as the letters give them. */
    /** @param days the working-day windows the letters promise, as the council's profile sets them */
    public record Council(String name, String team, String address, String phone, CouncilProfile.WorkingDayWindows days) {
        static Council of(CouncilProfile profile) {
            return new Council(profile.name(), profile.team(), profile.addressOnOneLine(), profile.phone(), profile.workingDays());
        }
    }

    /**
     * What every letter starts with.
     *
     * @param title what the letter is called in the family's list of letters
     * @param headline the letter's own heading
     */
    public record Heading(String title, String headline, Addressee to, String date, String reference, String childName,
            String schoolName, Council council) {}

    /** Who a letter is addressed to: the parents by name, at the home address the family gave. */
    public record Addressee(String name, List<String> address) {}

    /** @param offers each offer as {@code label} and a flag named after the {@link Offer}, for the template */
    public record DecisionLetter(Heading heading, String outcome, List<Map<String, Object>> offers, String reasons,
            @Nullable Route route, String reviewBy) implements Model {

        public boolean hasOffers() {
            return !offers.isEmpty();
        }
    }

    public record ReviewLetter(Heading heading, String outcome, String reviewer, String requestedOn, String grounds,
            String reasons, @Nullable Route route, String appealBy) implements Model {}

    public record HearingLetter(Heading heading, String hearingOn, boolean remote, String evidenceBy, String outcomeBy)
            implements Model {}

    public record AppealLetter(Heading heading, String outcome, String reasons) implements Model {}

    /** @param appealBy after a review, the last day to appeal; empty after an appeal, which is final */
    public record RevisedOfferLetter(Heading heading, String outcome, List<Map<String, Object>> offers, String reasons,
            boolean afterReview, String appealBy) implements Model {

        public boolean hasOffers() {
            return !offers.isEmpty();
        }
    }

    /**
     * @param school null when no school was found to measure to
     * @param method how it was measured, without a final full stop
     * @param schools the schools that decided the outcome
     * @param allSchools every school considered, for the annex
     * @param annex the annex lists schools the letter does not
     */
    public record Route(@Nullable String school, @Nullable String walking, @Nullable String road, int age, String limitMiles,
            String method, String policy, boolean indicative, List<SchoolRow> schools, List<SchoolRow> allSchools, boolean annex) {}

    public record SchoolRow(String name, String walking, boolean suitable, String reason) {}
}
