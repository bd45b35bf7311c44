package org.travelassist.contributions.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.UUID;
import org.travelassist.contributions.ChargeDetails;
import org.travelassist.contributions.FamilyCharges;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.SummaryList;

/** What the council charges the family for a child's travel, why, and each instalment, with a way to pay the next. */
@Route("charges/:id")
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class FamilyChargeView extends ChargePage {

    private final FamilyCharges charges;

    FamilyChargeView(FamilyCharges charges) {
        this.charges = charges;
    }

    @Override
    protected void show(UUID id, BeforeEnterEvent event) {
        ChargeDetails charge = charges.charge(id);
        boolean parent = charges.canPay();
        back.setHref(parent ? "applications/" + charge.applicationId() : "adviser");
        title(charge.kind().label + " for " + charge.childName());
        var facts = new SummaryList();
        facts.setId("charge-facts");
        facts.row("What it is", charge.kind().explanation)
                .row("Why the council charges it", charge.reason())
                .row("Amount", charge.summary())
                .row("Application", charge.applicationReference());
        content.add(facts);
        var next = charge.nextToPay();
        content.add(new InstalmentsTable(charge, instalment -> {
            if (!parent || next == null || !instalment.id().equals(next.id())) {
                return null;
            }
            var pay = new Anchor("pay/" + instalment.id(), "Pay " + instalment.name().toLowerCase(Locale.UK));
            pay.setId("pay-" + instalment.number());
            return pay;
        }));
        if (next == null) {
            content.add(new Paragraph("There is nothing left to pay."));
        } else if (!parent) {
            content.add(new Paragraph("Only a parent can pay. The next payment, " + next.amount() + ", is due by the date shown."));
        }
    }
}
