package org.travelassist.contributions.ui;

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
import org.travelassist.contributions.ChargeDetails;
import org.travelassist.contributions.FamilyCharges;
import org.travelassist.contributions.InstalmentStatus;
import org.travelassist.contributions.InvalidChargeException;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.SummaryList;

/**
 * Paying one instalment, the GOV.UK way: what it is for, the amount and the date it is due, then the card provider's
 * page, which comes back here ({@code ?paid} or {@code ?cancelled}). Coming back says nothing by itself: the page
 * shows "Paid" only once the provider's signed notice has been recorded.
 */
@Route("pay/:id")
@RolesAllowed(AppRoles.PARENT)
class PayNowView extends ChargePage {

    private final FamilyCharges charges;

    PayNowView(FamilyCharges charges) {
        this.charges = charges;
    }

    @Override
    protected void show(UUID id, BeforeEnterEvent event) {
        ChargeDetails charge = charges.chargeOfInstalment(id);
        var instalment = charge.instalments().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        var query = event.getLocation().getQueryParameters().getParameters();
        back.setHref("charges/" + charge.id());
        if (instalment.status() != InstalmentStatus.DUE) {
            title(instalment.status() == InstalmentStatus.PAID ? "Payment complete" : "This payment was refunded");
            var panel = new Div(new Paragraph(instalment.name() + " of the " + charge.kind().label.toLowerCase(java.util.Locale.UK)
                    + ": " + instalment.amount() + ", " + instalment.status().label.toLowerCase(java.util.Locale.UK) + "."));
            panel.setId("payment-outcome");
            panel.addClassName("ta-panel");
            content.add(panel, new Paragraph(new Anchor("charges/" + charge.id(), "See what you have paid and what is left")));
            return;
        }
        if (query.containsKey("paid")) {
            title("We are confirming your payment");
            var waiting = new Paragraph("Your card provider has told us you paid. This page shows \"Payment complete\" once the "
                    + "payment reaches us, usually within a minute.");
            waiting.setId("confirming");
            var again = new Anchor("pay/" + id + "?paid", "Check again");
            again.setId("check-again");
            content.add(waiting, new Paragraph(again));
            return;
        }
        title("Pay " + instalment.amount());
        if (query.containsKey("cancelled")) {
            var notice = new Paragraph("You have not paid. You can pay now, or come back before " + GovukDates.day(instalment.dueOn()) + ".");
            notice.setId("not-paid");
            notice.addClassName("ta-inset");
            content.add(notice);
        }
        var facts = new SummaryList();
        facts.setId("payment-facts");
        facts.row("What it is for", charge.kind().label + " for " + charge.childName() + ", " + instalment.name().toLowerCase(java.util.Locale.UK))
                .row("Amount", instalment.amount().formatted())
                .row("Due by", GovukDates.day(instalment.dueOn()));
        var pay = new Button("Continue to payment");
        pay.setId("continue-to-payment");
        pay.addClassName("ta-button");
        pay.setDisableOnClick(true);
        pay.addClickListener(click -> {
            try {
                UI.getCurrent().getPage().setLocation(charges.pay(id));
            } catch (InvalidChargeException refused) {
                showProblems(Map.of(refused.field(), refused.getMessage()), Map.of());
                pay.setEnabled(true);
            }
        });
        content.add(facts, new H2("How you pay"),
                new Paragraph("You pay by debit or credit card on a secure page of the council's card provider, Stripe. It then brings "
                        + "you back here."), pay);
    }
}
