package org.travelassist.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.BankDetailsForm;
import org.travelassist.accounts.BankDetailsRules;
import org.travelassist.accounts.BankDetailsSummary;
import org.travelassist.accounts.InvalidBankDetailsException;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.SummaryList;

/**
 * The one bank details page (GOV.UK "Bank details" pattern), for budgets and mileage alike. A parent gives the
 * account once; after that the page shows it masked with "Change", and a journey that sent the parent here
 * ({@code ?continue=<portal path>}) goes on with the account held, never asking for it again (WCAG 2.2 SC 3.3.7).
 * {@code ?change=true} opens the form straight away. An adviser is told that only a parent can do this.
 */
@Route(BankDetailsView.ROUTE)
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class BankDetailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "household/bank-details";
    static final String CONTINUE = "continue";
    static final String CHANGE = "change";
    static final String TITLE = "Bank or building society account details";

    private final BankAccounts accounts;
    private final CurrentUser currentUser;

    final Anchor back = new Anchor(HouseholdView.ROUTE, "Back");
    final ErrorSummary errors = new ErrorSummary();
    final H1 heading = new H1(TITLE);
    final Div notice = new Div();
    final Div held = new Div();
    final Div form = new Div();
    final TextField accountName = new TextField("Name on the account");
    final TextField sortCode = new TextField("Sort code");
    final TextField accountNumber = new TextField("Account number");
    final TextField rollNumber = new TextField("Building society roll number (if you have one)");
    final Button save = new Button("Save bank details");
    final Anchor useHeld = new Anchor();
    final Anchor change = new Anchor();
    final Anchor cancel = new Anchor();

    private @Nullable UUID household;
    private @Nullable String continuePath;

    BankDetailsView(BankAccounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassName("ta-narrow");
        back.addClassName("ta-back-link");
        notice.setId("bank-details-notice");
        held.setId("bank-details-held");
        form.setId("bank-details-form");

        field(accountName, BankDetailsRules.ACCOUNT_NAME, null);
        accountName.setAutocomplete(Autocomplete.NAME);
        field(sortCode, BankDetailsRules.SORT_CODE, "Must be 6 digits long");
        numeric(sortCode);
        field(accountNumber, BankDetailsRules.ACCOUNT_NUMBER, "Must be 8 digits long");
        numeric(accountNumber);
        field(rollNumber, BankDetailsRules.ROLL_NUMBER, "You can find it on your card, statement or passbook");
        rollNumber.setAutocomplete(Autocomplete.OFF);

        save.setId("save-bank-details");
        save.addClassName("ta-button");
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        cancel.setId("cancel-change");
        cancel.setText("Cancel");
        var actions = new Div(save, cancel);
        actions.addClassName("ta-button-group");
        var checked = new Paragraph("Check the numbers carefully. We check that they are in the right format, but we cannot "
                + "check that they belong to a real account: if they are wrong, the bank returns the payment and it is delayed.");
        checked.setId("format-check-only");
        checked.addClassName("ta-inset");
        form.add(new Paragraph("We pay travel budgets and mileage allowances into this account. Only a parent or carer can "
                + "give or change it, and we email every parent in your household each time it changes."),
                checked, accountName, sortCode, accountNumber, rollNumber, actions);

        useHeld.setId("use-held-account");
        useHeld.setText("Continue with this account");
        useHeld.addClassName("ta-button");
        change.setId("change-bank-details");
        add(back, errors, heading, notice, held, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        continuePath = ContinuePath.of(query.getSingleParameter(CONTINUE).orElse(null)).orElse(null);
        boolean changing = query.getSingleParameter(CHANGE).map("true"::equals).orElse(false);
        back.setHref(continuePath == null ? HouseholdView.ROUTE : continuePath);
        errors.clear();
        notice.removeAll();
        held.removeAll();
        household = currentUser.require().hasRole(AppRoles.PARENT) ? accounts.ownHousehold() : null;
        if (household == null) {
            showOnly(notice);
            notice.add(currentUser.require().hasRole(AppRoles.PARENT)
                    ? new Paragraph(new Anchor(ChildFormView.NEW_ROUTE, "Add your child"),
                            new com.vaadin.flow.component.html.Span(" first. Then you can give the bank details we pay travel money into."))
                    : new Paragraph("Only a parent or carer can give or change the bank details that travel payments go to. "
                            + "Advisers cannot see them or change them, whatever the family has agreed. Ask the family to sign in "
                            + "to Travel Assist and give them on this page."));
            return;
        }
        Optional<BankDetailsSummary> current = accounts.current(household);
        if (current.isPresent() && !changing) {
            showHeld(current.get());
        } else {
            showForm(current.isPresent());
        }
    }

    private void showHeld(BankDetailsSummary current) {
        showOnly(held);
        var rows = new SummaryList()
                .row("Name on the account", current.accountName())
                .row("Sort code", current.sortCode())
                .row("Account number", current.maskedAccount())
                .row("Building society roll number", current.rollNumberGiven() ? "Given" : "None")
                .row("Last changed", GovukDates.at(current.changedAt()));
        change.setHref(link(true));
        change.setText("Change bank details");
        held.add(new Paragraph("We pay travel budgets and mileage allowances into this account."), rows);
        if (continuePath != null) {
            useHeld.setHref(continuePath);
            var actions = new Div(useHeld, change);
            actions.addClassName("ta-button-group");
            held.add(actions);
        } else {
            held.add(new Paragraph(change));
        }
    }

    private void showForm(boolean changingHeld) {
        showOnly(form);
        save.setText(continuePath == null ? "Save bank details" : "Save and continue");
        cancel.setVisible(changingHeld);
        cancel.setHref(link(false));
        for (var field : new TextField[] {accountName, sortCode, accountNumber, rollNumber}) {
            field.clear();
            field.setInvalid(false);
        }
    }

    private void showOnly(Component shown) {
        notice.setVisible(shown == notice);
        held.setVisible(shown == held);
        form.setVisible(shown == form);
    }

    private void save() {
        var typed = new BankDetailsForm(accountName.getValue(), sortCode.getValue(), accountNumber.getValue(), rollNumber.getValue());
        Map<String, String> problems = BankDetailsRules.problems(typed);
        if (problems.isEmpty() && household != null) {
            try {
                accounts.save(household, typed);
                Flash.set("Your bank details have been saved. We have emailed you to confirm the change.");
                UI.getCurrent().navigate(continuePath == null ? HouseholdView.ROUTE : continuePath);
                return;
            } catch (InvalidBankDetailsException e) {
                problems = e.problems();
            }
        }
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put(BankDetailsRules.ACCOUNT_NAME, accountName);
        fields.put(BankDetailsRules.SORT_CODE, sortCode);
        fields.put(BankDetailsRules.ACCOUNT_NUMBER, accountNumber);
        fields.put(BankDetailsRules.ROLL_NUMBER, rollNumber);
        errors.report(problems, fields, heading);
        UI.getCurrent().getPage().setTitle(getPageTitle());
        save.setEnabled(true);
    }

    /** This page again, keeping where to go on to (a {@link ContinuePath} needs no escaping in a query). */
    private String link(boolean changing) {
        var parameters = new java.util.ArrayList<String>();
        if (changing) {
            parameters.add(CHANGE + "=true");
        }
        if (continuePath != null) {
            parameters.add(CONTINUE + "=" + continuePath);
        }
        return parameters.isEmpty() ? ROUTE : ROUTE + "?" + String.join("&", parameters);
    }

    /** No maxlength: GOV.UK, because a browser cuts what was typed without saying; the rules say what is too long. */
    private static void field(TextField field, String id, @Nullable String hint) {
        field.setId(id);
        field.addClassName("ta-field");
        field.getElement().setAttribute("spellcheck", "false");
        if (hint != null) {
            field.setHelperText(hint);
        }
    }

    /** Digits, but typed with spaces or hyphens if the parent likes: a numeric keyboard, and nothing remembered. */
    private static void numeric(TextField field) {
        field.addClassName("ta-input--postcode");
        field.getElement().setAttribute("inputmode", "numeric");
        field.setAutocomplete(Autocomplete.OFF);
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + TITLE + " - " + MainLayout.SERVICE_NAME;
    }
}
