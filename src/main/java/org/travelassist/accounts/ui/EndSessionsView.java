package org.travelassist.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.travelassist.accounts.AccountSessions;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.MainLayout;

/** A senior officer signs someone out everywhere: a lost laptop, a member of staff who has left, a misused account. */
@Route("officer/end-sessions")
@PageTitle("Sign someone out - " + MainLayout.SERVICE_NAME)
@Menu(title = "Sign someone out", order = 14)
@RolesAllowed(AppRoles.SENIOR_OFFICER)
class EndSessionsView extends Div {

    final ErrorSummary errors = new ErrorSummary();
    final TextField email = new TextField("Their email address");
    final TextArea reason = new TextArea("Why");
    final Paragraph done = new Paragraph();
    final Button end;

    EndSessionsView(AccountSessions sessions) {
        addClassName("ta-narrow");
        email.setId("email");
        reason.setId("reason");
        done.setId("done");
        done.setVisible(false);
        end = new Button("Sign them out everywhere", click -> {
            Map<String, String> problems = new LinkedHashMap<>();
            if (email.getValue().isBlank()) {
                problems.put("email", "Enter the email address they sign in with");
            }
            if (reason.getValue().isBlank()) {
                problems.put("reason", "Say why, for the audit trail");
            }
            var fields = new LinkedHashMap<String, com.vaadin.flow.component.Component>();
            fields.put("email", email);
            fields.put("reason", reason);
            errors.report(problems, fields, email);
            if (!problems.isEmpty()) {
                done.setVisible(false);
                return;
            }
            int ended = sessions.endSessionsOf(email.getValue(), reason.getValue());
            done.setText(ended == 0 ? "No account signs in with " + email.getValue().strip() + "."
                    : "Signed out everywhere: " + email.getValue().strip() + ". They can sign in again at once.");
            done.setVisible(true);
        });
        end.setId("end-sessions");
        add(errors, new H1("Sign someone out"),
                new Paragraph("Every session they have open, on any device, ends at their next click (one in the next 5 seconds may still get through). Their account and "
                        + "records are unchanged. This is recorded in the audit trail with your reason."),
                email, reason, end, done);
    }
}
