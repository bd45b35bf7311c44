package org.travelassist.claims.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.claims.AllowanceDetails;
import org.travelassist.claims.MileageAllowances;
import org.travelassist.claims.MileageClaims;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.SuccessBanner;

/** The family's mileage: each allowance, and every claim with its state, dates, paid days and refused days. */
@Route("claims")
@PageTitle("Mileage claims - " + MainLayout.SERVICE_NAME)
@Menu(title = "Mileage claims", order = 3)
@RolesAllowed(AppRoles.PARENT)
class ClaimsView extends Div implements BeforeEnterObserver {

    private final MileageAllowances allowances;
    private final MileageClaims claims;
    private final HouseholdAccess access;
    private final SuccessBanner banner = new SuccessBanner();
    private final Div list = new Div();

    ClaimsView(MileageAllowances allowances, MileageClaims claims, HouseholdAccess access) {
        this.allowances = allowances;
        this.claims = claims;
        this.access = access;
        addClassName("ta-narrow");
        add(banner, new H1("Mileage claims"), new Paragraph("When the council pays you a mileage allowance for driving your "
                + "child to school, claim here each month for the days you drove. The school confirms the days and the "
                + "council pays into your bank account."), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        banner.showFlash();
        list.removeAll();
        UUID household = access.ownHousehold();
        var found = household == null ? java.util.List.<AllowanceDetails>of() : allowances.allowancesOf(household);
        if (household == null || found.isEmpty()) {
            var none = new Paragraph("You have no mileage allowance. If the council offers one in a decision, it appears here.");
            none.setId("no-allowance");
            list.add(none);
            return;
        }
        var section = new Div(new H2("Your allowances"));
        section.setId("allowances");
        for (AllowanceDetails allowance : found) {
            var link = new Anchor("claims/allowance/" + allowance.id(), "Mileage allowance for " + allowance.children() + " at " + allowance.schoolName());
            var item = new Div(new Paragraph(link), new Paragraph(allowance.status().label + ". " + allowance.miles() + " each way at "
                    + allowance.rate() + "."));
            item.addClassName("ta-inset");
            section.add(item);
        }
        list.add(section, new ClaimList(claims.claimsOf(household)));
    }
}
