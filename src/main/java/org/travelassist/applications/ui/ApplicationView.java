package org.travelassist.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.travelassist.applications.DecisionFollowUps;
import org.travelassist.applications.ApplicationAction;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.ui.SuccessBanner;
import org.travelassist.shared.ui.SummaryList;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;

/**
 * The family's tracker for one application: where it is, what happens next and by when, the council's open
 * question, the letters, what the family can do now (answer, ask for a review or appeal before the deadline,
 * withdraw), and everything that has happened so far.
 */
@Route("applications/:id")
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class ApplicationView extends ApplicationPage {

    private final SuccessBanner banner = new SuccessBanner();
    private final CouncilProfile council;
    private final ObjectProvider<DecisionFollowUps> followUps;
    private final CurrentUser currentUser;

    ApplicationView(ApplicationService applications, CouncilProfile council, ObjectProvider<DecisionFollowUps> followUps,
            CurrentUser currentUser) {
        super(applications);
        this.council = council;
        this.followUps = followUps;
        this.currentUser = currentUser;
        addComponentAtIndex(0, banner);
    }

    @Override
    protected void show(ApplicationDetails application, BeforeEnterEvent event) {
        banner.showFlash();
        back.setHref(FamilyHome.path(currentUser, application.householdId()));
        title("Application for " + application.childName());
        var status = new Span(application.status().label);
        status.setId("status");
        status.addClassName("ta-tag");
        var next = new Paragraph(application.status().whatHappensNext);
        next.setId("what-happens-next");
        content.add(status, next);

        var facts = new SummaryList();
        facts.setId("facts");
        if (application.reference() != null) {
            facts.row("Reference", application.reference());
        }
        facts.row("School", application.schoolName() == null ? "Not chosen yet" : application.schoolName());
        if (application.submittedAt() != null) {
            facts.row("Sent", GovukDates.at(application.submittedAt()));
        }
        if (application.decision() == null && application.decisionDue() != null && application.status() != ApplicationStatus.WITHDRAWN) {
            facts.row("Decision due by", GovukDates.day(application.decisionDue()));
        }
        if (application.decision() != null) {
            facts.row("Decision", application.decision().eligible() ? "Eligible for help with travel" : "Not eligible")
                    .row("Decided", GovukDates.at(application.decision().decidedAt()));
        }
        var revised = application.latestRevisedOffer();
        if (revised != null) {
            facts.row("Revised offer", revised.summary());
        }
        var review = application.review();
        if (review != null) {
            facts.row("Review", review.outcome() == null ? "Due by " + GovukDates.day(review.respondBy())
                    : (review.outcome().changesDecision() ? "Decision changed" : "Decision upheld"));
        }
        var appeal = application.appeal();
        if (appeal != null) {
            facts.row("Appeal hearing", appeal.hearingOn() == null ? "To be held by " + GovukDates.day(appeal.respondBy())
                    : GovukDates.day(appeal.hearingOn()) + ", " + Objects.requireNonNull(appeal.hearingMode()).description);
            if (appeal.evidenceBy() != null && appeal.outcome() == null) {
                facts.row("Further evidence due by", GovukDates.day(appeal.evidenceBy()));
            }
        }
        content.add(facts, new DecisionHelp(application),
                new FollowUpsPanel(followUps, application.id(), DecisionFollowUps.Viewer.FAMILY));
        actions(application);
        content.add(new LetterList(application, applications::letter));
        if (application.status() != ApplicationStatus.DRAFT) {
            content.add(new SentAnswers(application));
        }
        content.add(new Timeline(application));
    }

    private void actions(ApplicationDetails application) {
        UUID id = application.id();
        if (application.status() == ApplicationStatus.DRAFT) {
            String first = ApplicationQuestions.ALL.stream().filter(q -> application.answer(q.key()).isBlank()).findFirst()
                    .map(q -> "question/" + q.key()).orElse("check");
            content.add(button(path(id, first), "Continue your application", "continue-application"));
        }
        var open = application.openRequest();
        if (open != null) {
            var question = new Div(new H2("The council needs more information"), new Paragraph(open.question()),
                    button(path(id, "respond"), "Answer the council's question", "respond"));
            question.addClassName("ta-inset");
            question.setId("information-request");
            content.add(question);
        }
        if (application.canAskForReview() && application.decision() != null) {
            var box = new Div(new H2("If you disagree with the decision"), new Paragraph("You can ask for a review until "
                    + GovukDates.day(application.decision().reviewBy()) + ". A senior officer who did not make the decision will look at it again."),
                    button(path(id, "review"), "Ask for a review", "ask-for-review"));
            box.setId("review-box");
            content.add(box);
        } else if (application.status().allows(ApplicationAction.REQUEST_REVIEW) && application.review() == null
                && application.decision() != null) {
            var late = new Paragraph("The deadline to ask for a review online was " + GovukDates.day(application.decision().reviewBy())
                    + ". You can still call the council on " + council.phone() + ": it may accept a late request if there was a good reason. "
                    + "You can also make a new application if something has changed, or complain to the Local Government and Social "
                    + "Care Ombudsman if you think the council did not follow its policy.");
            late.setId("review-deadline-passed");
            content.add(late);
        }
        if (application.canAppeal() && application.appealBy() != null) {
            content.add(new Div(new H2("If you still disagree"), new Paragraph("You can appeal to an independent panel until "
                    + GovukDates.day(application.appealBy()) + "."), button(path(id, "appeal"), "Appeal", "appeal")));
        }
        if (application.status().canBeWithdrawn()) {
            var withdraw = new Anchor(path(id, "withdraw"), "Withdraw this application");
            withdraw.setId("withdraw");
            content.add(new Paragraph(withdraw));
        }
    }

    static Anchor button(String href, String text, String id) {
        var link = new Anchor(href, text);
        link.setId(id);
        link.addClassName("ta-button");
        return link;
    }
}
