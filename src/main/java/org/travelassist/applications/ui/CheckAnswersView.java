package org.travelassist.applications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.InvalidApplicationException;
import org.travelassist.applications.Question;
import org.travelassist.security.AppRoles;

/**
 * "Check your answers": every answer with a link to change it, the evidence, the declaration, then "Send". The
 * button disables on the first click and sending twice sends once, so a double click sends one application.
 */
@Route("applications/:id/check")
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class CheckAnswersView extends ApplicationPage {

    final Checkbox declaration = new Checkbox("I confirm that the information I have given is correct to the best of my knowledge. "
            + "I will tell the council if anything changes, such as our address or my child's school.");
    final Button send = new Button("Accept and send");

    CheckAnswersView(ApplicationService applications) {
        super(applications);
        declaration.setId("declaration");
        send.setId("send");
        send.addClassName("ta-button");
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());
    }

    @Override
    protected void show(ApplicationDetails application, BeforeEnterEvent event) {
        if (application.status() != ApplicationStatus.DRAFT) {
            event.forwardTo(path(application.id(), ""));
            return;
        }
        back.setHref(path(application.id(), "evidence"));
        title("Check your answers before sending your application");
        var list = new DescriptionList();
        list.addClassName("ta-summary-list");
        list.setId("answers");
        var child = applications.child(application.id());
        row(list, "Child", child.fullName(), null);
        row(list, "Home address", child.addressLine1() + (child.town() == null ? "" : ", " + child.town()) + ", " + child.postcode(), null);
        for (Question question : ApplicationQuestions.ALL) {
            String value = question.kind() == Question.Kind.SCHOOL
                    ? (application.schoolName() == null ? "Not answered" : application.schoolName())
                    : question.display(application.answer(question.key()));
            row(list, question.summaryLabel(), value, path(application.id(), "question/" + question.key() + "?change"));
        }
        row(list, "Evidence", application.evidence().isEmpty() ? "None added"
                : String.join("\n", application.evidence().stream().map(ApplicationDetails.EvidenceFile::fileName).toList()),
                path(application.id(), "evidence"));
        var declarationHeading = new H2("Now send your application");
        var explanation = new Paragraph("By sending this application you confirm that, to the best of your knowledge, the "
                + "details you are providing are correct. Giving false information to get free travel is fraud.");
        content.add(list, declarationHeading, explanation, declaration, new Div(send));
    }

    /** A summary list row; the change link names the answer for screen readers. */
    private static void row(DescriptionList list, String key, String value, @org.jspecify.annotations.Nullable String changeHref) {
        var row = new Element("div");
        row.getClassList().add("ta-summary-list__row");
        var dd = new Element("dd");
        dd.getStyle().set("white-space", "pre-line");
        dd.setText(value);
        row.appendChild(new Element("dt").setText(key), dd);
        if (changeHref != null) {
            var change = new Anchor(changeHref);
            change.add(new Span("Change"));
            var hidden = new Span(" " + key.toLowerCase(java.util.Locale.UK));
            hidden.addClassName("ta-visually-hidden");
            change.add(hidden);
            var actions = new Element("dd");
            actions.getClassList().add("ta-summary-list__actions");
            actions.appendChild(change.getElement());
            row.appendChild(actions);
        }
        list.getElement().appendChild(row);
    }

    private void send() {
        try {
            var sent = applications.submit(application.id(), declaration.getValue());
            UI.getCurrent().navigate(path(sent.id(), "sent"));
        } catch (InvalidApplicationException e) {
            Map<String, Component> fields = new LinkedHashMap<>();
            fields.put("declaration", declaration);
            showProblems(e.problems(), fields);
            send.setEnabled(true);
        }
    }
}
