package org.travelassist.accounts.ui;

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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.InvalidCodeException;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.SuccessBanner;
import org.travelassist.shared.GovukDates;

/** A SENDIAS adviser's start page: enter a family's code, and the families whose consent is in force. */
@Route("adviser")
@Menu(title = "Families you help", order = 1)
@RolesAllowed(AppRoles.ADVISER)
class AdviserHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AdviserConsents consents;
    private final SuccessBanner banner = new SuccessBanner();
    final ErrorSummary errors = new ErrorSummary();
    final TextField code = new TextField("Code from the family's email");
    final UnorderedList families = new UnorderedList();

    AdviserHomeView(AdviserConsents consents) {
        this.consents = consents;
        addClassName("ta-narrow");
        code.setId("code");
        code.setHelperText("8 letters and numbers, for example KD7P-M3XQ");
        code.addClassName("ta-field");
        var accept = new Button("Add family", click -> accept());
        accept.setId("accept-code");
        accept.addClassName("ta-button");
        families.setId("families");
        families.addClassName("ta-list");
        add(banner, errors, new H1("Families you help"), families, new H2("Add a family"),
                new Paragraph("A family invites you from their Travel Assist account. You get an email with a code: enter it here."),
                code, new Div(accept));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        banner.showFlash();
        families.removeAll();
        var list = consents.families();
        if (list.isEmpty()) {
            var none = new ListItem("No families have given you access yet.");
            none.setId("no-families");
            families.add(none);
        }
        list.forEach(family -> {
            var link = new Anchor("adviser/families/" + family.householdId(), family.familyName());
            families.add(new ListItem(link, new Paragraph("Consent until "
                    + GovukDates.day(family.expiresAt()))));
        });
    }

    private void accept() {
        try {
            var consent = consents.accept(code.getValue());
            Flash.set("You can now help " + consent.familyName());
            UI.getCurrent().navigate("adviser/families/" + consent.householdId());
        } catch (InvalidCodeException e) {
            errors.report(Map.of("code", e.getMessage()), Map.of("code", code), code);
            UI.getCurrent().getPage().setTitle(getPageTitle());
        }
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + "Families you help - " + MainLayout.SERVICE_NAME;
    }
}
