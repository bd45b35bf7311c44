package org.travelassist.applications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.travelassist.accounts.AdviserConsents;
import org.springframework.beans.factory.ObjectProvider;
import org.travelassist.applications.DecisionFollowUps;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationNotFoundException;
import org.travelassist.applications.Casework;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.SummaryList;

/**
 * An officer's case page, composed of one component per part: the family's answers, the evidence, the engine's
 * recommendation with the route, the assessment, a request for information, the decision, the review, the
 * appeal, the letters and the timeline. Each part offers only what the application's status allows, and the
 * server checks every step again at the click.
 */
@Route("officer/applications/:id")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Casework casework;
    private final AdviserConsents consents;
    private final CurrentUser currentUser;
    private final String tileUrl;
    private final ObjectProvider<DecisionFollowUps> followUps;
    final ErrorSummary errors = new ErrorSummary();
    final Div done = new Div();
    final H1 heading = new H1();
    final Div content = new Div();
    private final CaseSteps steps;
    private @Nullable UUID id;
    @Nullable DecisionForm decision;
    @Nullable AppealPanel appeal;

    CaseView(Casework casework, AdviserConsents consents, CurrentUser currentUser, ObjectProvider<DecisionFollowUps> followUps,
            @Value("${travelassist.map.tile-url:}") String tileUrl) {
        this.casework = casework;
        this.followUps = followUps;
        this.consents = consents;
        this.currentUser = currentUser;
        this.tileUrl = tileUrl;
        this.steps = new CaseSteps(errors, message -> show(casework.caseFile(java.util.Objects.requireNonNull(id)), message),
                () -> UI.getCurrent().getPage().setTitle(getPageTitle()));
        addClassName("ta-wide");
        var back = new Anchor("officer/queue", "Back to the work queue");
        back.addClassName("ta-back-link");
        heading.setId("heading");
        done.setId("step-done");
        done.addClassName("ta-success-banner");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        add(back, errors, done, heading, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElseThrow());
            show(casework.caseFile(id), null);
        } catch (IllegalArgumentException | ApplicationNotFoundException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ApplicationDetails details, @Nullable String message) {
        errors.clear();
        done.removeAll();
        done.setVisible(message != null);
        if (message != null) {
            done.add(new H2("Success"), new Paragraph(message));
        }
        content.removeAll();
        heading.setText(details.reference() + ": " + details.childName());
        var status = new Span(details.status().label);
        status.setId("status");
        status.addClassName("ta-tag");
        var facts = new SummaryList()
                .row("Sent", GovukDates.at(details.submittedAt()))
                .row("Decision due by", GovukDates.day(details.decisionDue()))
                .row("Assigned to", details.assignedName() == null ? "Nobody" : details.assignedName());
        content.add(status, facts);
        if (details.status().open() && !currentUser.require().id().equals(details.assignedTo())) {
            content.add(steps.button("assign", "Assign to me", () -> casework.assignToMe(details.id())));
        }
        decision = new DecisionForm(details, casework, steps);
        appeal = new AppealPanel(details, casework, steps);
        content.add(new FollowUpsPanel(followUps, details.id(), DecisionFollowUps.Viewer.OFFICER));
        content.add(new RelatedApplicationsPanel(casework.related(details.id())));
        content.add(new FamilyAnswers(details, consents), new EvidencePanel(details, casework),
                new RecommendationPanel(details, casework, steps, tileUrl));
        if (details.status().canBeDecided()) {
            content.add(new AssessmentForm(details, casework, steps), new SchoolSuitabilityForm(details, casework, steps));
        }
        content.add(new InformationRequestForm(details, casework, steps), decision,
                new ReviewPanel(details, casework, currentUser, steps), appeal, new RevisedOfferForm(details, casework, steps),
                new LetterList(details, casework::letter), new Timeline(details));
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + heading.getText() + " - " + MainLayout.SERVICE_NAME;
    }
}
