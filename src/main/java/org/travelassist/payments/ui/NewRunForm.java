package org.travelassist.payments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.payments.PaymentRuns;
import org.travelassist.payments.RunSummary;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.DateInput;

/**
 * Choose a run date, and how it is paid where the council offers more than one way; the run gathers every payment
 * due by then.
 */
class NewRunForm extends Div {

    final DateInput date;
    final @Nullable RadioButtonGroup<String> gateway;
    final Button create = new Button("Create payment run");

    NewRunForm(PaymentRuns runs, PageActions actions) {
        List<String> offered = runs.gatewaysOffered();
        LocalDate earliest = runs.earliestRunDate();
        date = new DateInput("run-date", "Run date",
                "The day the money reaches families' accounts. The earliest you can choose is " + GovukDates.day(earliest)
                        + (offered.size() > 1 ? " for a BACS file, sooner for " + String.join(" or ", offered.subList(1, offered.size())) : "")
                        + ", for example " + earliest.getDayOfMonth() + " " + earliest.getMonthValue() + " " + earliest.getYear());
        gateway = offered.size() > 1 ? gatewayChoice(offered) : null;
        create.setId("create-run");
        create.addClassName("ta-button");
        create.addClickListener(click -> {
            LocalDate chosen = chosen();
            if (chosen == null) {
                actions.refuse(date, "Enter a real run date, like " + earliest.getDayOfMonth() + " " + earliest.getMonthValue() + " "
                        + earliest.getYear());
                return;
            }
            String through = gateway == null ? offered.getFirst() : gateway.getValue();
            actions.attempt(date, () -> {
                RunSummary run = runs.create(chosen, through);
                return run.name() + " for " + GovukDates.day(chosen) + " holds " + run.payments() + " payments of "
                        + run.total() + ". Another finance officer must approve it.";
            });
        });
        var heading = new H2("Start a payment run");
        heading.setId("new-run");
        add(heading, new Paragraph("The run gathers every payment due by its date, except those on hold."), date);
        if (gateway != null) {
            add(gateway);
        }
        add(create);
    }

    private static RadioButtonGroup<String> gatewayChoice(List<String> offered) {
        var choice = new RadioButtonGroup<String>("How will the run be paid?");
        choice.setId("run-gateway");
        choice.setItems(offered);
        choice.setItemLabelGenerator(NewRunForm::describe);
        choice.setValue(offered.getFirst());
        return choice;
    }

    static String describe(String gateway) {
        return switch (gateway) {
            case "bacs" -> "A BACS file you download and send to the bank";
            case "stripe" -> "Stripe: each payment is sent when the run is sent";
            default -> gateway;
        };
    }

    private @Nullable LocalDate chosen() {
        try {
            return LocalDate.of(Integer.parseInt(date.year.getValue().strip()), Integer.parseInt(date.month.getValue().strip()),
                    Integer.parseInt(date.day.getValue().strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
