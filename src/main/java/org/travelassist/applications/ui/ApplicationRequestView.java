package org.travelassist.applications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.EvidenceRejectedException;
import org.travelassist.applications.InvalidApplicationException;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.UploadedFiles;
import org.travelassist.shared.ui.FileUpload;
import org.travelassist.shared.ui.Flash;

/**
 * The family's one-question pages after sending: answer the council's request for information (with files), ask
 * for a stage 1 review, appeal to the panel, or withdraw. Each shows its deadline and says what happens next.
 */
@Route("applications/:id/respond")
@RouteAlias("applications/:id/review")
@RouteAlias("applications/:id/appeal")
@RouteAlias("applications/:id/withdraw")
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class ApplicationRequestView extends ApplicationPage {

    enum Action { RESPOND, REVIEW, APPEAL, WITHDRAW }

    final TextArea text = new TextArea();
    final Button send = new Button();
    final UnorderedList files = new UnorderedList();
    Action action = Action.RESPOND;
    private final CouncilProfile.WorkingDayWindows days;

    ApplicationRequestView(ApplicationService applications, CouncilProfile council) {
        super(applications);
        this.days = council.workingDays();
        text.setId("text");
        text.addClassName("ta-field");
        text.setMaxLength(8000);
        send.setId("send");
        send.addClassName("ta-button");
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());
        files.setId("evidence-files");
        files.addClassName("ta-list");
    }

    @Override
    protected void show(ApplicationDetails application, BeforeEnterEvent event) {
        String last = event.getLocation().getSegments().getLast();
        action = Action.valueOf(last.toUpperCase(java.util.Locale.ROOT));
        back.setHref(path(application.id(), ""));
        text.clear();
        send.removeClassName("ta-button--warning");
        switch (action) {
            case RESPOND -> {
                var open = application.openRequest();
                if (open == null) {
                    event.forwardTo(path(application.id(), ""));
                    return;
                }
                title("Answer the council's question");
                var question = new Paragraph(open.question());
                question.addClassName("ta-inset");
                question.setId("question");
                text.setLabel("Your answer");
                send.setText("Send your answer");
                content.add(question, text, new FileUpload("evidence-upload", EvidenceView.HINT, this::received, problem -> showProblems(Map.of("evidence-upload", problem), Map.of())), files, new Div(send));
            }
            case REVIEW -> {
                if (application.decision() == null || !application.canAskForReview()) {
                    event.forwardTo(path(application.id(), ""));
                    return;
                }
                title("Ask for a review of the decision");
                content.add(new Paragraph("You have until " + GovukDates.day(application.decision().reviewBy()) + " to ask. A senior officer "
                        + "who did not make the decision will review it and write to you within " + days.reviewDecision() + " working days."));
                text.setLabel("Why do you think the decision is wrong?");
                text.setHelperText("Tell us about anything we did not know or did not take into account: your child's needs, "
                        + "the route, or your family's circumstances.");
                send.setText("Ask for a review");
                content.add(text, new Div(send));
            }
            case APPEAL -> {
                if (!application.canAppeal() || application.appealBy() == null) {
                    event.forwardTo(path(application.id(), ""));
                    return;
                }
                title("Appeal to the independent panel");
                content.add(new Paragraph("You have until " + GovukDates.day(application.appealBy()) + " to appeal. The panel took no part in "
                        + "the decision or the review. It will hear your appeal within " + days.hearingWithin() + " working days, in person or by video."));
                text.setLabel("Why are you appealing?");
                send.setText("Appeal");
                content.add(text, new Div(send));
            }
            case WITHDRAW -> {
                title("Are you sure you want to withdraw this application?");
                content.add(new Paragraph("The council will stop working on the application for " + application.childName()
                        + ". You can start a new application at any time."));
                send.setText("Withdraw application");
                send.addClassName("ta-button--warning");
                content.add(new Div(send));
            }
        }
    }

    void received(String name, byte[] bytes) {
        try {
            var file = applications.addEvidence(application.id(), name, bytes);
            errors.clear();
            files.add(new ListItem(file.fileName() + " (" + UploadedFiles.size(file.sizeBytes()) + ")"));
        } catch (EvidenceRejectedException e) {
            showProblems(Map.of("evidence-upload", e.getMessage()), Map.of());
        }
    }

    private void send() {
        try {
            switch (action) {
                case RESPOND -> applications.answerInformationRequest(application.id(), text.getValue());
                case REVIEW -> applications.requestReview(application.id(), text.getValue());
                case APPEAL -> applications.requestAppeal(application.id(), text.getValue());
                case WITHDRAW -> applications.withdraw(application.id());
            }
            Flash.set(switch (action) {
                case RESPOND -> "Your answer has been sent";
                case REVIEW -> "You have asked for a review";
                case APPEAL -> "Your appeal has been sent";
                case WITHDRAW -> "The application has been withdrawn";
            });
            UI.getCurrent().navigate(path(application.id(), ""));
        } catch (InvalidApplicationException e) {
            showProblems(Map.of("text", e.getMessage()), Map.of("text", text));
            send.setEnabled(true);
        }
    }
}
