package org.travelassist.contributions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.travelassist.contributions.Charges;
import org.travelassist.contributions.InvalidChargeException;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.ErrorSummary;

/** Officers: find a decided application to charge the family for (a post-16 contribution, a spare seat), and the latest charges. */
@Route("officer/charges")
@Menu(title = "Charges to families", order = 14)
@PageTitle("Charges to families - Travel Assist")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class OfficerChargesView extends Div {

    OfficerChargesView(Charges charges) {
        addClassName("ta-narrow");
        var errors = new ErrorSummary();
        var heading = new H1("Charges to families");
        var reference = new TextField("Application reference");
        reference.setId("reference");
        reference.addClassName("ta-field");
        reference.setHelperText("The application must be decided. For example, TA-2026-000123");
        var find = new Button("Find the application");
        find.setId("find-application");
        find.addClassName("ta-button");
        find.addClickListener(click -> {
            try {
                UI.getCurrent().navigate("officer/charges/set/" + charges.find(reference.getValue()).applicationId());
            } catch (InvalidChargeException refused) {
                errors.report(Map.of(refused.field(), refused.getMessage()), Map.of("reference", reference), heading);
            }
        });
        var latest = new UnorderedList();
        latest.setId("latest-charges");
        latest.addClassName("ta-list");
        charges.latest().forEach(charge -> latest.add(new ListItem(new Anchor("officer/charges/" + charge.id(),
                charge.applicationReference() + ", " + charge.childName() + ": " + charge.kind().label + ", " + charge.summary()))));
        add(errors, heading, new Paragraph("Set a post-16 travel contribution or a spare seat charge on a decided application. "
                + "The family sees it on their application and pays by card."), reference, find,
                new H2("Latest charges"), latest.getComponentCount() > 0 ? latest : new Paragraph("No charge has been set yet."));
    }
}
