package org.travelassist.claims.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.travelassist.claims.AllowanceDetails;
import org.travelassist.claims.ClaimablePeriod;
import org.travelassist.claims.InvalidClaimException;
import org.travelassist.claims.MileageAllowances;
import org.travelassist.claims.MileageClaims;
import org.travelassist.claims.MileagePolicies;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.SuccessBanner;
import org.travelassist.shared.ui.SummaryList;

/**
 * A mileage allowance: what it pays and how it was worked out; a parent accepts it once the bank account to pay
 * into is given (on the one bank details page, which brings them back here); then each month can be claimed.
 */
@Route("claims/allowance/:id")
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class AllowanceView extends ClaimsPage {


    private final MileageAllowances allowances;
    private final MileageClaims claims;
    private final MileagePolicies policies;
    private final CurrentUser currentUser;
    private final SuccessBanner banner = new SuccessBanner();
    private final String tileUrl;

    AllowanceView(MileageAllowances allowances, MileageClaims claims, MileagePolicies policies, CurrentUser currentUser,
            @Value("${travelassist.map.tile-url:}") String tileUrl) {
        this.tileUrl = tileUrl;
        this.allowances = allowances;
        this.claims = claims;
        this.policies = policies;
        this.currentUser = currentUser;
        addClassName("ta-narrow");
        addComponentAtIndex(0, banner);
    }

    @Override
    protected void show(UUID id, BeforeEnterEvent event) {
        banner.showFlash();
        AllowanceDetails allowance = allowances.allowance(id);
        boolean parent = currentUser.require().hasRole(AppRoles.PARENT);
        back.setHref(parent ? "claims" : "adviser");
        title("Mileage allowance for " + allowance.children());
        var policy = policies.inForce(allowance.startsOn());
        var facts = new SummaryList();
        facts.setId("allowance-facts");
        facts.row("School", allowance.schoolName())
                .row("Distance each way", allowance.miles() + ": " + policy.distanceBasis()
                        + (allowance.indicative() ? " (a straight line: the council will measure the route)" : ""))
                .row("Rate", allowance.rate())
                .row("A day with both school runs", allowance.fullDay()
                        + ". Four legs, because you drive home after the drop-off and again to collect your child.")
                .row("A morning-only or afternoon-only day", allowance.terms().halfDayLegs() + " legs")
                .row("Starts", GovukDates.day(allowance.startsOn()) + ": journeys before then are not paid")
                .row("How to claim", "Each month for the days you drove, " + policy.deadline().describe()
                        + ". The school confirms the days, then the council pays into your bank account.")
                .row("Status", allowance.status().label);
        content.add(facts);
        allowances.route(id).ifPresent(route -> content.add(new AllowanceRouteMap(route, tileUrl)));
        content.add(bankDetails(allowance, parent));
        if (allowance.accepted()) {
            content.add(months(allowance));
        } else if (parent) {
            accept(allowance);
        } else {
            content.add(new Paragraph("Only a parent can accept the allowance and give the bank account to pay into."));
        }
    }

    private Div bankDetails(AllowanceDetails allowance, boolean parent) {
        var section = new Div(new H2("Bank account"));
        section.setId("bank-details");
        boolean held = allowances.bankDetailsHeld(allowance.householdId());
        section.add(new Paragraph(held ? "The council pays into the bank account you gave." : "You have not given a bank account to pay into yet."));
        if (parent) {
            var link = new Anchor("household/bank-details?continue=claims/allowance/" + allowance.id(),
                    held ? "Change your bank details" : "Add your bank details");
            link.setId("bank-details-link");
            section.add(new Paragraph(link));
        }
        return section;
    }

    private void accept(AllowanceDetails allowance) {
        var accept = new Button("Accept the allowance");
        accept.setId("accept");
        accept.addClassName("ta-button");
        accept.setDisableOnClick(true);
        accept.addClickListener(click -> {
            try {
                allowances.accept(allowance.id());
                Flash.set("You have accepted the mileage allowance. You can now claim for the days you drive.");
                UI.getCurrent().navigate("claims/allowance/" + allowance.id());
            } catch (InvalidClaimException refused) {
                showProblems(Map.of(refused.field(), refused.getMessage()), Map.of());
                accept.setEnabled(true);
            }
        });
        content.add(new Paragraph("By accepting you agree to claim only for days you drove your child to school, and to tell "
                + "the council if your address or your child's school changes."), accept);
    }

    private Div months(AllowanceDetails allowance) {
        var section = new Div(new H2("Claim mileage"));
        section.setId("claim-months");
        var periods = claims.claimablePeriods(allowance.id());
        if (periods.isEmpty()) {
            section.add(new Paragraph("There is no month to claim yet."));
        } else if (periods.getFirst().term()) {
            section.add(new Paragraph("The council pays mileage by school term: claim each term's journeys in one claim."));
        }
        for (ClaimablePeriod period : periods) {
            var claim = new Button("Claim for " + period.label());
            claim.setId("claim-" + period.key());
            claim.addClassName("ta-button");
            claim.setDisableOnClick(true);
            claim.addClickListener(click -> {
                try {
                    UI.getCurrent().navigate("claims/claim/" + claims.open(allowance.id(), period));
                } catch (InvalidClaimException refused) {
                    showProblems(Map.of(refused.field(), refused.getMessage()), Map.of());
                    claim.setEnabled(true);
                }
            });
            section.add(new Div(claim));
        }
        return section;
    }
}
