package org.travelassist.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationService;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.GovukDates;

/** A family an adviser helps: its children and applications, within what the family consented to. */
@Route("adviser/families/:household")
@RolesAllowed(AppRoles.ADVISER)
class AdviserFamilyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;
    private final HouseholdService households;
    private final AdviserConsents consents;
    private final H1 heading = new H1();
    private final Div content = new Div();

    AdviserFamilyView(ApplicationService applications, HouseholdService households, AdviserConsents consents) {
        this.applications = applications;
        this.households = households;
        this.consents = consents;
        addClassName("ta-narrow");
        var back = new Anchor("adviser", "Back");
        back.addClassName("ta-back-link");
        add(back, heading, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        try {
            UUID household = UUID.fromString(event.getRouteParameters().get("household").orElseThrow());
            var consent = consents.families().stream().filter(c -> c.householdId().equals(household)).findFirst()
                    .orElseThrow(() -> new AccessDeniedException("No consent"));
            heading.setText(consent.familyName());
            var scope = new Paragraph("The family lets you: " + String.join("; ", consent.scopes().stream()
                    .map(s -> s.description.toLowerCase(java.util.Locale.UK)).toList()) + ". Until "
                    + GovukDates.at(consent.expiresAt()) + ".");
            scope.setId("consent-scope");
            content.add(scope, new FamilyApplications(applications, households.childrenOf(household), household,
                    consent.scopes().contains(ConsentScope.PREPARE)));
        } catch (IllegalArgumentException | java.util.NoSuchElementException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " - " + MainLayout.SERVICE_NAME;
    }
}
