package org.travelassist.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.ConsentDetails;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.SummaryList;
import org.travelassist.shared.GovukDates;

/**
 * The family's advisers: invite one by email with a code, choose what they may do and for how long, and withdraw
 * consent at once. Bank details and budget agreements are never theirs to touch, and the page says so.
 */
@Route("household/advisers")
@RolesAllowed(AppRoles.PARENT)
class AdvisersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AdviserConsents consents;
    final ErrorSummary errors = new ErrorSummary();
    final EmailField email = new EmailField("Adviser's email address");
    final CheckboxGroup<ConsentScope> scopes = new CheckboxGroup<>("What can the adviser do for you?");
    final RadioButtonGroup<Integer> months = new RadioButtonGroup<>("For how long?");
    final Div invited = new Div();
    final Div list = new Div();

    AdvisersView(AdviserConsents consents) {
        this.consents = consents;
        addClassName("ta-narrow");
        email.setId("adviserEmail");
        email.addClassName("ta-field");
        scopes.setId("scopes");
        scopes.setItems(ConsentScope.values());
        scopes.setItemLabelGenerator(scope -> scope.description);
        scopes.setValue(EnumSet.of(ConsentScope.VIEW, ConsentScope.PREPARE));
        scopes.addClassName("ta-checkboxes");
        months.setId("months");
        months.setItems(3, 6, 12);
        months.setItemLabelGenerator(m -> m + " months");
        months.setValue(AdviserConsents.DEFAULT_MONTHS);
        var invite = new Button("Send invitation", click -> invite());
        invite.setId("invite");
        invite.addClassName("ta-button");
        invited.setId("invited");
        list.setId("consents");
        var back = new Anchor("household", "Back");
        back.addClassName("ta-back-link");
        add(back, errors, new H1("Advisers who help you"), invited, list, new H2("Invite an adviser"),
                new Paragraph("A SENDIAS adviser can help you apply and challenge decisions. They get an email with a code that "
                        + "works for 14 days. An adviser can never change your bank details or accept a travel budget for you."),
                email, scopes, months, new Div(invite));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<ConsentDetails> all = consents.consents();
        if (all.isEmpty()) {
            list.add(new Paragraph("No adviser can act for you."));
        }
        for (ConsentDetails consent : all) {
            var card = new Div();
            card.addClassName("ta-summary-card");
            card.setId("consent-" + consent.id());
            var title = new H2(consent.adviserName() == null ? consent.adviserEmail() : consent.adviserName());
            title.addClassName("ta-summary-card__title");
            var status = new Span(consent.status().label);
            status.addClassName("ta-tag");
            var rows = new SummaryList().row("Email", consent.adviserEmail())
                    .row("Can", String.join("; ", consent.scopes().stream().map(s -> s.description).toList()));
            if (consent.expiresAt() != null) {
                rows.row("Until", GovukDates.day(consent.expiresAt()));
            }
            card.add(title, status, rows);
            if (consent.status() == ConsentDetails.Status.ACTIVE || consent.status() == ConsentDetails.Status.INVITED) {
                var revoke = new Button("Withdraw consent", click -> {
                    consents.revoke(consent.id());
                    invited.removeAll();
                    refresh();
                });
                revoke.setId("revoke-" + consent.id());
                revoke.addClassName("ta-button");
                revoke.addClassName("ta-button--warning");
                card.add(revoke);
            }
            list.add(card);
        }
    }

    private void invite() {
        Map<String, String> problems = AdviserConsents.problems(email.getValue(), scopes.getValue(), months.getValue() == null ? 0 : months.getValue());
        var fields = new LinkedHashMap<String, Component>();
        fields.put("adviserEmail", email);
        fields.put("scopes", scopes);
        fields.put("months", months);
        errors.report(problems, fields, email);
        UI.getCurrent().getPage().setTitle(getPageTitle());
        if (!problems.isEmpty()) {
            return;
        }
        ConsentDetails consent;
        try {
            consent = consents.invite(email.getValue(), scopes.getValue(), months.getValue());
        } catch (IllegalArgumentException tooMany) { // the household's daily limit of invitations
            errors.report(Map.of("adviserEmail", tooMany.getMessage()), fields, email);
            return;
        }
        invited.removeAll();
        var code = new Span(consent.code().substring(0, 4) + "-" + consent.code().substring(4));
        code.setId("invitation-code");
        var panel = new Div(new H2("Invitation sent to " + consent.adviserEmail()),
                new Paragraph("We have emailed the adviser this code. You can also give it to them yourself:"), code,
                new Paragraph("It works once, until " + GovukDates.day(consent.codeExpiresAt()) + "."));
        panel.addClassName("ta-inset");
        invited.add(panel);
        email.clear();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + "Advisers who help you - " + MainLayout.SERVICE_NAME;
    }
}
