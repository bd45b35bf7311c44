package org.travelassist.contributions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;
import org.travelassist.contributions.ChargeDetails;
import org.travelassist.contributions.Charges;
import org.travelassist.contributions.InvalidChargeException;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.SuccessBanner;
import org.travelassist.shared.ui.SummaryList;

/** Officers: a charge, its instalments as paid so far, and a refund (with a reason the family is told) of a paid one. */
@Route("officer/charges/:id")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class OfficerChargeView extends ChargePage {

    private final Charges charges;
    private final SuccessBanner banner = new SuccessBanner();

    OfficerChargeView(Charges charges) {
        this.charges = charges;
        addComponentAtIndex(0, banner);
    }

    @Override
    protected void show(UUID id, BeforeEnterEvent event) {
        banner.showFlash();
        ChargeDetails charge = charges.charge(id);
        back.setHref("officer/applications/" + charge.applicationId());
        title(charge.kind().label + " for " + charge.childName());
        var facts = new SummaryList();
        facts.setId("charge-facts");
        facts.row("Application", charge.applicationReference())
                .row("Amount", charge.summary())
                .row("Paid so far", charge.paid().formatted())
                .row("Reason", charge.reason())
                .row("Set by", charge.setByName() + ", " + GovukDates.at(charge.setAt()));
        content.add(facts, new InstalmentsTable(charge, null));
        var refundable = charge.instalments().stream().filter(i -> i.status().refundable()).toList();
        if (refundable.isEmpty()) {
            return;
        }
        var section = new Div(new H2("Refund a payment"),
                new Paragraph("The money goes back to the card it was paid with, and the family is emailed the reason."));
        section.setId("refund");
        for (var instalment : refundable) {
            var reason = new TextArea("Reason for refunding " + instalment.name().toLowerCase(java.util.Locale.UK) + " (" + instalment.amount() + ")");
            reason.setId("refund-reason-" + instalment.number());
            reason.addClassName("ta-field");
            var refund = new Button("Refund " + instalment.amount());
            refund.setId("refund-" + instalment.number());
            refund.addClassNames("ta-button", "ta-button--warning");
            refund.setDisableOnClick(true);
            refund.addClickListener(click -> {
                try {
                    charges.refund(instalment.id(), reason.getValue());
                    Flash.set("Refunded " + instalment.amount() + ". The family has been told why.");
                    UI.getCurrent().navigate("officer/charges/" + id);
                } catch (InvalidChargeException refused) {
                    showProblems(Map.of(reason.getId().orElseThrow(), refused.getMessage()), Map.of(reason.getId().orElseThrow(), reason));
                    refund.setEnabled(true);
                }
            });
            section.add(reason, refund);
        }
        content.add(section);
    }
}
