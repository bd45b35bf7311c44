package org.travelassist.contributions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.travelassist.contributions.ChargeForm;
import org.travelassist.contributions.ChargeKind;
import org.travelassist.contributions.ChargeRules;
import org.travelassist.contributions.Charges;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.DateInput;
import org.travelassist.shared.ui.SummaryList;

/** Officers set a charge on a decided application: what for, how much, in how many instalments from when, and why. */
@Route("officer/charges/set/:id")
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER})
class SetChargeView extends ChargePage {

    private final Charges charges;
    final RadioButtonGroup<ChargeKind> kind = new RadioButtonGroup<>("What is the charge for?");
    final TextField amount = new TextField("Amount of the whole charge");
    final TextField instalments = new TextField("Number of instalments");
    final DateInput firstDue = new DateInput("firstDue", "When is the first payment due?",
            "Later instalments fall due a month apart. For example, 1 9 2027");
    final TextArea reason = new TextArea("Reason for the charge");

    SetChargeView(Charges charges) {
        this.charges = charges;
        kind.setId("kind");
        kind.setItems(ChargeKind.values());
        kind.setItemLabelGenerator(k -> k.label);
        amount.setId("amount");
        amount.addClassName("ta-field");
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
        instalments.setId("instalments");
        instalments.addClassName("ta-field");
        instalments.setHelperText("1 to pay in full, up to " + ChargeRules.MOST_INSTALMENTS + ". They add up to the amount exactly; "
                + "any odd pennies are in the first ones");
        instalments.setValue("1");
        reason.setId("reason");
        reason.addClassName("ta-field");
        reason.setHelperText("The family reads this, so say it plainly: the policy and why it applies to them");
    }

    @Override
    protected void show(UUID id, BeforeEnterEvent event) {
        var application = charges.application(id);
        back.setHref("officer/charges");
        title("Set a charge for " + application.childName());
        var facts = new SummaryList();
        facts.setId("application-facts");
        facts.row("Application", application.reference())
                .row("School", application.schoolName())
                .row("Decided", GovukDates.day(application.decidedOn()));
        var save = new Button("Set the charge");
        save.setId("set-charge");
        save.addClassName("ta-button");
        save.addClickListener(click -> {
            try {
                UUID charge = charges.set(id, new ChargeForm(kind.getValue(), amount.getValue(), instalments.getValue(),
                        firstDue.day.getValue(), firstDue.month.getValue(), firstDue.year.getValue(), reason.getValue()));
                UI.getCurrent().navigate("officer/charges/" + charge);
            } catch (ChargeRules.InvalidCharge refused) {
                Map<String, Component> fields = new LinkedHashMap<>();
                fields.put("kind", kind);
                fields.put("amount", amount);
                fields.put("instalments", instalments);
                fields.put("firstDue", firstDue);
                fields.put("reason", reason);
                showProblems(refused.problems(), fields);
            }
        });
        content.add(facts, kind, amount, instalments, firstDue, reason,
                new Paragraph("The family sees the charge on their application as soon as you set it."), save);
    }
}
