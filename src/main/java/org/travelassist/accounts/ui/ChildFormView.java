package org.travelassist.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.accounts.ChildDetails;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.ChildNotFoundException;
import org.travelassist.accounts.ChildRules;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.accounts.InvalidChildException;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.DateInput;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.GovukDates;

/**
 * Add a child, or change a child's details. Problems show in the error summary and at each field, and what was
 * typed stays in the form. "Save" disables itself on the first click, and the child's id is fixed when the
 * form opens, so a double click saves once.
 */
@Route(ChildFormView.NEW_ROUTE)
@RouteAlias("household/children/:childId/edit")
@RolesAllowed(AppRoles.PARENT)
class ChildFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW_ROUTE = "household/children/new";

    private final HouseholdService households;
    private final Clock clock;

    final ErrorSummary errors = new ErrorSummary();
    final H1 heading = new H1();
    final TextField fullName = new TextField("Full name");
    final DateInput dateOfBirth = new DateInput("dateOfBirth", "Date of birth", "For example, 27 3 2015");
    final TextField addressLine1 = new TextField("Building and street");
    final TextField town = new TextField("Town or city (optional)");
    final TextField postcode = new TextField("Postcode");
    final TextField schoolName = new TextField("School your child goes to (optional)");
    final RadioButtonGroup<Boolean> hasEhcPlan = new RadioButtonGroup<>(
            "Does your child have an education, health and care (EHC) plan?");
    final Button save = new Button("Save");

    private @Nullable UUID childId;
    private UUID newChildId = UUID.randomUUID();
    private String title = "";

    ChildFormView(HouseholdService households, Clock clock) {
        this.households = households;
        this.clock = clock;
        addClassName("ta-narrow");

        fullName.setId(ChildRules.FULL_NAME);
        fullName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        addressLine1.setId(ChildRules.ADDRESS_LINE1);
        addressLine1.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.ADDRESS_LINE1);
        town.setId(ChildRules.TOWN);
        town.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.ADDRESS_LEVEL2);
        postcode.setId(ChildRules.POSTCODE);
        postcode.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.POSTAL_CODE);
        postcode.addClassName("ta-input--postcode");
        schoolName.setId(ChildRules.SCHOOL_NAME);
        schoolName.setHelperText("Leave this empty if your child does not have a school place yet");
        hasEhcPlan.setId(ChildRules.HAS_EHC_PLAN);
        hasEhcPlan.setItems(Boolean.TRUE, Boolean.FALSE);
        hasEhcPlan.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
        for (var field : new Component[] {fullName, addressLine1, town, postcode, schoolName}) {
            field.addClassName("ta-field");
        }

        save.setId("save-child");
        save.addClassName("ta-button");
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        var cancel = new Anchor(HouseholdView.ROUTE, "Cancel");
        cancel.setId("cancel");
        var actions = new Div(save, cancel);
        actions.addClassName("ta-button-group");

        var back = new Anchor(HouseholdView.ROUTE, "Back");
        back.addClassName("ta-back-link");
        add(back, errors, heading, fullName, dateOfBirth, addressLine1, town, postcode, schoolName, hasEhcPlan, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        childId = event.getRouteParameters().get("childId").map(ChildFormView::parseId).orElse(null);
        if (event.getRouteParameters().get("childId").isPresent() && childId == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (childId == null) {
            newChildId = UUID.randomUUID();
            title = "Add a child";
            fill(ChildForm.empty());
        } else {
            try {
                ChildDetails child = households.child(childId);
                title = "Change " + child.fullName() + "'s details";
                fill(ChildForm.of(child));
            } catch (ChildNotFoundException | AccessDeniedException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        heading.setText(title);
    }

    private void save() {
        ChildForm form = form();
        Map<String, String> problems = ChildRules.problems(form, GovukDates.today(clock));
        if (problems.isEmpty()) {
            try {
                ChildDetails saved = childId == null
                        ? households.addChild(newChildId, form)
                        : households.changeChild(childId, form);
                Flash.set(saved.fullName() + (childId == null ? " has been added" : "'s details have been changed"));
                UI.getCurrent().navigate(HouseholdView.ROUTE);
                return;
            } catch (InvalidChildException e) {
                problems = e.problems();
            }
        }
        showProblems(problems);
        save.setEnabled(true);
    }

    ChildForm form() {
        return new ChildForm(fullName.getValue(), dateOfBirth.day.getValue(), dateOfBirth.month.getValue(),
                dateOfBirth.year.getValue(), addressLine1.getValue(), town.getValue(), postcode.getValue(),
                schoolName.getValue(), hasEhcPlan.getValue());
    }

    private void fill(ChildForm form) {
        fullName.setValue(form.fullName());
        dateOfBirth.setValue(form.dayOfBirth(), form.monthOfBirth(), form.yearOfBirth());
        addressLine1.setValue(form.addressLine1());
        town.setValue(form.town());
        postcode.setValue(form.postcode());
        schoolName.setValue(form.schoolName());
        hasEhcPlan.setValue(form.hasEhcPlan());
    }

    private void showProblems(Map<String, String> problems) {
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put(ChildRules.FULL_NAME, fullName);
        fields.put(ChildRules.DATE_OF_BIRTH, dateOfBirth);
        fields.put(ChildRules.ADDRESS_LINE1, addressLine1);
        fields.put(ChildRules.TOWN, town);
        fields.put(ChildRules.POSTCODE, postcode);
        fields.put(ChildRules.SCHOOL_NAME, schoolName);
        fields.put(ChildRules.HAS_EHC_PLAN, hasEhcPlan);
        errors.report(problems, fields, heading);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + title + " - " + MainLayout.SERVICE_NAME;
    }

    private static @Nullable UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
