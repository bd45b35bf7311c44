package org.travelassist.applications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.accounts.ChildNotFoundException;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.InvalidApplicationException;
import org.travelassist.applications.NewApplicationReason;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.MainLayout;

/**
 * Starting a new application for a child whose application was decided this school year: the family says why it
 * is new. The service decides what each reason allows; this page only asks.
 */
@Route("applications/new/:child")
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class NewApplicationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;
    private final HouseholdService households;
    private final CurrentUser currentUser;
    final ErrorSummary errors = new ErrorSummary();
    final H1 heading = new H1("Why are you making a new application?");
    final Paragraph decided = new Paragraph();
    final RadioButtonGroup<NewApplicationReason> reason = new RadioButtonGroup<>("Why is this a new application?");
    final TextArea other = new TextArea("Tell us why");
    final Button start = new Button("Start the new application");
    final Anchor back = new Anchor("applications", "Back");
    private @Nullable UUID child;

    NewApplicationView(ApplicationService applications, HouseholdService households, CurrentUser currentUser) {
        this.applications = applications;
        this.households = households;
        this.currentUser = currentUser;
        addClassName("ta-narrow");
        back.addClassName("ta-back-link");
        back.setId("back");
        heading.setId("heading");
        decided.setId("decided");
        decided.addClassName("ta-inset");
        reason.setId("reason");
        reason.setItems(NewApplicationReason.values());
        reason.setItemLabelGenerator(chosen -> chosen.label);
        reason.setHelperText("You can apply again for the same school this school year only if you have moved home.");
        other.setId("reasonText");
        other.addClassName("ta-field");
        other.setMaxLength(500);
        other.setVisible(false);
        reason.addValueChangeListener(change -> other.setVisible(change.getValue() == NewApplicationReason.OTHER));
        start.setId("start");
        start.addClassName("ta-button");
        start.setDisableOnClick(true);
        start.addClickListener(click -> start());
        add(back, errors, heading, decided, reason, other, new Div(start));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            child = UUID.fromString(event.getRouteParameters().get("child").orElseThrow());
            var earlier = applications.decidedThisSchoolYear(child);
            String familyHome = FamilyHome.path(currentUser, households.child(child, ConsentScope.VIEW).householdId());
            if (earlier.isEmpty()) {
                event.forwardTo(familyHome);
                return;
            }
            back.setHref(familyHome);
            show(earlier.get());
        } catch (IllegalArgumentException | ChildNotFoundException | AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ApplicationDetails earlier) {
        decided.removeAll();
        decided.setText(ApplicationService.decidedThisYear(earlier.childName(), String.valueOf(earlier.reference()), earlier.schoolName(),
                GovukDates.day(earlier.decision() == null ? null : earlier.decision().decidedAt())) + " ");
        decided.add(new Anchor("applications/" + earlier.id(), "View " + earlier.reference()));
    }

    private void start() {
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("reason", reason);
        fields.put("reasonText", other);
        if (reason.getValue() == null) {
            errors.report(Map.of("reason", "Select why this is a new application"), fields, heading);
            done();
            return;
        }
        try {
            UUID id = applications.start(java.util.Objects.requireNonNull(child), reason.getValue(), other.getValue());
            UI.getCurrent().navigate("applications/" + id + "/question/school");
        } catch (InvalidApplicationException e) {
            errors.report(e.problems(), fields, heading);
            done();
        }
    }

    private void done() {
        start.setEnabled(true);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + heading.getText() + " - " + MainLayout.SERVICE_NAME;
    }
}
