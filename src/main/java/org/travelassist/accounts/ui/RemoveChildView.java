package org.travelassist.accounts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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
import org.travelassist.accounts.ChildDetails;
import org.travelassist.accounts.ChildNotFoundException;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.MainLayout;

/** Asks before removing a child: removal cannot be undone from the portal. */
@Route("household/children/:childId/remove")
@RolesAllowed(AppRoles.PARENT)
class RemoveChildView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final HouseholdService households;
    private final H1 heading = new H1();
    final Button remove = new Button("Yes, remove");
    private @org.jspecify.annotations.Nullable ChildDetails child;

    RemoveChildView(HouseholdService households) {
        this.households = households;
        addClassName("ta-narrow");
        remove.setId("confirm-remove");
        remove.addClassNames("ta-button", "ta-button--warning");
        remove.setDisableOnClick(true);
        remove.addClickListener(click -> {
            var child = java.util.Objects.requireNonNull(this.child);
            households.removeChild(child.id());
            Flash.set(child.fullName() + " has been removed from your household");
            UI.getCurrent().navigate(HouseholdView.ROUTE);
        });
        var cancel = new Anchor(HouseholdView.ROUTE, "No, go back");
        var actions = new Div(remove, cancel);
        actions.addClassName("ta-button-group");
        add(heading,
                new Paragraph("Their details will be removed from your household. Applications you have already "
                        + "sent stay with the council."),
                actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("childId").orElse(""));
            child = households.child(id);
            heading.setText("Are you sure you want to remove " + child.fullName() + "?");
        } catch (IllegalArgumentException | ChildNotFoundException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return "Remove a child - " + MainLayout.SERVICE_NAME;
    }
}
