package org.travelassist.applications.internal;

import static org.travelassist.shared.PdfDocuments.escape;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ChallengeOutcome;
import org.travelassist.applications.HearingMode;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityResult.SchoolFinding;
import org.travelassist.shared.PdfDocuments;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.GovukDates;

/**
 * The letters at each step, with what the Local Government and Social Care Ombudsman expects to find in them: the
 * decision, the reasons in plain English, the measured route and how it was measured, and how to challenge the
 * decision and by which date. Each is kept as sent.
 */
@Component
public class LetterWriter {

    static final String SIGN_OFF = "<p>Home to School Transport Team<br/>" + MainLayout.COUNCIL_NAME
            + "<br/>Catmose, Oakham, Rutland LE15 6HP<br/>01572 722577</p>";

    private final ApplicationRecords records;
    private final Clock clock;

    LetterWriter(ApplicationRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public Letter decision(ApplicationDetails application) {
        var decision = application.decision();
        if (decision == null) {
            throw new IllegalStateException("No decision yet on " + application.reference());
        }
        var body = header(application, "Decision on your application for help with travel to school");
        body.append("<h2>Our decision</h2><p>").append(escape(decisionSentence(application))).append("</p>");
        if (decision.eligible()) {
            body.append("<p>We offer: ").append(escape(decision.offers().stream().map(o -> o.label.toLowerCase(java.util.Locale.UK))
                    .collect(Collectors.joining("; ")))).append(".</p>");
        }
        body.append("<h2>Why we made this decision</h2><p>").append(escape(decision.reasons())).append("</p>");
        route(body, application.eligibility());
        body.append("<h2>If you disagree: ask for a review by ").append(GovukDates.day(decision.reviewBy())).append("</h2>")
                .append("<p>You can ask us to review this decision within 20 working days of this letter, that is by <strong>")
                .append(GovukDates.day(decision.reviewBy())).append("</strong>. Sign in to Travel Assist and choose \"Ask for a review\", ")
                .append("or write to the address below. Tell us why you think the decision is wrong and anything about your ")
                .append("child or family that we should take into account.</p>")
                .append("<p>A senior officer who did not make this decision will review it and write to you within 20 working days. ")
                .append("If you still disagree after the review, you can appeal to an independent appeal panel.</p>")
                .append("<p>Rutland SENDIAS (Special Educational Needs and Disabilities Information, Advice and Support) can help ")
                .append("you for free.</p>");
        return save(application, "Decision letter", body);
    }

    public Letter review(ApplicationDetails application, LocalDate appealBy) {
        var review = application.review();
        if (review == null || review.outcome() == null) {
            throw new IllegalStateException("No stage 1 outcome on " + application.reference());
        }
        var body = header(application, "Stage 1 review of our decision");
        body.append("<h2>The outcome of the review</h2><p>").append(escape(outcomeSentence(review.outcome(), 1))).append("</p>")
                .append("<h2>How the review was carried out</h2><p>").append(escape(String.valueOf(review.decidedBy())))
                .append(", a senior officer who did not take part in the original decision, looked again at your application, ")
                .append("the evidence you sent, the reasons you gave on ").append(GovukDates.day(review.requestedAt()))
                .append(", the measured route and the council's policy.</p>")
                .append("<h2>Your reasons for asking</h2><p>").append(escape(review.grounds())).append("</p>")
                .append("<h2>The reasons for the outcome</h2><p>").append(escape(String.valueOf(review.outcomeReasons()))).append("</p>");
        route(body, application.eligibility());
        body.append("<h2>If you still disagree: appeal by ").append(GovukDates.day(appealBy)).append("</h2>")
                .append("<p>You can appeal to an independent appeal panel within 20 working days of this letter, that is by <strong>")
                .append(GovukDates.day(appealBy)).append("</strong>. Sign in to Travel Assist and choose \"Appeal\", or write to us. ")
                .append("The panel is made of people who took no part in this decision or review. It will hear your appeal within ")
                .append("40 working days, in person or by video, and you can speak to it and bring up to two people to support you.</p>");
        return save(application, "Stage 1 review letter", body);
    }

    public Letter hearing(ApplicationDetails application) {
        var appeal = application.appeal();
        if (appeal == null || appeal.hearingOn() == null || appeal.evidenceBy() == null) {
            throw new IllegalStateException("No hearing arranged on " + application.reference());
        }
        var body = header(application, "Your appeal hearing");
        body.append("<p>The independent appeal panel will hear your appeal on <strong>").append(GovukDates.day(appeal.hearingOn()))
                .append("</strong>, ").append(appeal.hearingMode() == HearingMode.REMOTE ? "by video call. We will send you the link." : "in person at the council offices.")
                .append("</p><p>Send any further evidence by <strong>").append(GovukDates.day(appeal.evidenceBy()))
                .append("</strong>, 10 working days before the hearing, so that the panel can read it. You can speak to the panel, ")
                .append("and bring up to two people to support you.</p><p>The panel will write to you with its decision and its reasons ")
                .append("within 5 working days of the hearing, by ").append(GovukDates.day(appeal.outcomeBy())).append(".</p>");
        return save(application, "Appeal hearing letter", body);
    }

    public Letter appeal(ApplicationDetails application) {
        var appeal = application.appeal();
        if (appeal == null || appeal.outcome() == null) {
            throw new IllegalStateException("No appeal outcome on " + application.reference());
        }
        var body = header(application, "The appeal panel's decision");
        body.append("<h2>The panel's decision</h2><p>").append(escape(outcomeSentence(appeal.outcome(), 2))).append("</p>")
                .append("<h2>The panel's reasons</h2><p>").append(escape(String.valueOf(appeal.outcomeReasons()))).append("</p>")
                .append("<h2>If you think the council did something wrong</h2><p>This is the council's final decision. If you think ")
                .append("the council did not follow its policy or the right process, you can complain to the Local Government and ")
                .append("Social Care Ombudsman within 12 months: www.lgo.org.uk, 0300 061 0614. The Ombudsman cannot question a ")
                .append("decision that was properly made. You may also be able to ask for a judicial review.</p>");
        return save(application, "Appeal decision letter", body);
    }

    private StringBuilder header(ApplicationDetails application, String title) {
        return new StringBuilder("<p class=\"meta\">").append(MainLayout.COUNCIL_NAME).append("<br/>Date: ")
                .append(GovukDates.day(records.today())).append("<br/>Our reference: ").append(escape(String.valueOf(application.reference())))
                .append("</p><h1>").append(escape(title)).append("</h1><p>About: ").append(escape(application.childName()))
                .append(", ").append(escape(String.valueOf(application.schoolName()))).append("</p>");
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
        String category = decision.category() == null ? "" : decision.category().title.toLowerCase(java.util.Locale.UK);
        return child + " is eligible for free travel to " + application.schoolName() + " (" + category + ").";
    }

    private static String outcomeSentence(ChallengeOutcome outcome, int stage) {
        boolean upheld = outcome == ChallengeOutcome.UPHELD;
        return stage == 1
                ? (upheld ? "The review upholds our decision: it stays as it was." : "The review changes our decision in your favour.")
                : (upheld ? "The panel dismissed your appeal: the decision stands." : "The panel allowed your appeal: the decision is changed in your favour.");
    }

    /** The measured route and how it was measured, with every school considered. */
    private static void route(StringBuilder body, @Nullable EligibilityResult result) {
        if (result == null) {
            return;
        }
        body.append("<h2>The route we measured</h2>");
        SchoolFinding school = result.school();
        if (school != null) {
            body.append("<p>The shortest route a child can walk with an adult, from home to the nearest entrance of ")
                    .append(escape(school.name())).append(", is <strong>").append(school.walking().describe()).append("</strong>. ");
            if (school.road() != null) {
                body.append("By road it is ").append(school.road().describe()).append(". ");
            }
            body.append("The walking limit for a child of ").append(result.ageUsed()).append(" is ")
                    .append(result.walkingLimit().milesRounded().stripTrailingZeros().toPlainString()).append(" miles.</p>");
        }
        body.append("<p>How we measured it: ").append(escape(result.distanceMethod())).append(". Policy ")
                .append(escape(result.policyVersion())).append(".")
                .append(result.indicative() ? " These distances are straight lines, not measured routes: an officer checked them." : "")
                .append("</p><table><tr><th scope=\"col\">School considered</th><th scope=\"col\">Walking distance</th><th scope=\"col\">Suitable, and why</th></tr>");
        for (SchoolFinding considered : result.schoolsConsidered()) {
            body.append("<tr><td>").append(escape(considered.name())).append("</td><td>").append(considered.walking().describe())
                    .append("</td><td>").append(considered.suitable() ? "Yes. " : "No. ").append(escape(considered.reason())).append("</td></tr>");
        }
        body.append("</table>");
    }

    private Letter save(ApplicationDetails application, String title, StringBuilder body) {
        body.append(SIGN_OFF);
        byte[] pdf = PdfDocuments.render(title + " " + application.reference(), body.toString());
        return records.letters.save(new Letter(application.id(), title, pdf, clock.instant()));
    }
}
