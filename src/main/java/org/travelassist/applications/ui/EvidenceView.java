package org.travelassist.applications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.EvidenceRejectedException;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.UploadedFiles;
import org.travelassist.shared.ui.FileUpload;

/** Evidence for the application: files are kept as soon as they are chosen, and can be removed before sending. */
@Route("applications/:id/evidence")
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class EvidenceView extends ApplicationPage {

    final UnorderedList files = new UnorderedList();
    static final String HINT = "PDF, JPG or PNG files, up to 10 MB each. A photo of a letter taken on your phone is fine.";

    final FileUpload upload = new FileUpload("evidence-upload", HINT, this::received, this::refused);
    final Button next = new Button("Continue");

    EvidenceView(ApplicationService applications) {
        super(applications);
        files.setId("evidence-files");
        files.addClassName("ta-list");
        next.setId("continue");
        next.addClassName("ta-button");
        next.addClickListener(click -> UI.getCurrent().navigate(path(application.id(), "check")));
    }

    @Override
    protected void show(ApplicationDetails application, BeforeEnterEvent event) {
        if (application.status() != ApplicationStatus.DRAFT) {
            event.forwardTo(path(application.id(), ""));
            return;
        }
        back.setHref(path(application.id(), "question/" + ApplicationQuestions.ALL.getLast().key()));
        title("Add evidence");
        content.add(new Paragraph("Send anything that helps the council understand " + application.childFirstName()
                + "'s needs: for example a letter from a doctor or consultant, or a letter about free school meals. You do not need to send the EHC plan."), upload, files, new Div(next));
        listFiles(application);
    }

    void received(String name, byte[] content) {
        try {
            applications.addEvidence(application.id(), name, content);
            errors.clear();
            application = applications.application(application.id());
            listFiles(application);
        } catch (EvidenceRejectedException e) {
            refused(e.getMessage());
        }
    }

    void refused(String problem) {
        showProblems(Map.of("evidence-upload", problem), Map.of("evidence-upload", upload.upload));
    }

    private void listFiles(ApplicationDetails details) {
        files.removeAll();
        for (var file : details.evidence()) {
            var remove = new Button("Remove", click -> {
                applications.removeEvidence(details.id(), file.id());
                application = applications.application(details.id());
                listFiles(application);
            });
            remove.addClassNames("ta-link-button", "ta-link-button--in-page");
            remove.getElement().setAttribute("aria-label", "Remove " + file.fileName());
            files.add(new ListItem(new Span(file.fileName() + " (" + UploadedFiles.size(file.sizeBytes()) + ") "), remove));
        }
        files.setVisible(!details.evidence().isEmpty());
    }
}
