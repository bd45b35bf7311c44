package org.travelassist.payments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.travelassist.payments.PaymentRuns;
import org.travelassist.payments.RunSummary;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.DateInput;

/** Choose a run date; the run gathers every payment due by then. */
class NewRunForm extends Div {

    final DateInput date;
    final Button create = new Button("Create payment run");

    NewRunForm(PaymentRuns runs, PageActions actions) {
        LocalDate earliest = runs.earliestRunDate();
        date = new DateInput("run-date", "Run date",
                "The day the money reaches families' accounts. The earliest you can choose is " + GovukDates.day(earliest)
                        + ", for example " + earliest.getDayOfMonth() + " " + earliest.getMonthValue() + " " + earliest.getYear());
        create.setId("create-run");
        create.addClassName("ta-button");
        create.addClickListener(click -> {
            LocalDate chosen = chosen();
            if (chosen == null) {
                date.setError("Enter a real run date, like " + earliest.getDayOfMonth() + " " + earliest.getMonthValue() + " "
                        + earliest.getYear());
                actions.refuse(date, "Enter a real run date");
                return;
            }
            actions.attempt(date, () -> {
                RunSummary run = runs.create(chosen);
                return run.name() + " for " + GovukDates.day(chosen) + " holds " + run.payments() + " payments of "
                        + run.total() + ". Another finance officer must approve it.";
            });
        });
        var heading = new H2("Start a payment run");
        heading.setId("new-run");
        add(heading, new Paragraph("The run gathers every payment due by its date, except those on hold."), date, create);
    }

    private LocalDate chosen() {
        try {
            return LocalDate.of(Integer.parseInt(date.year.getValue().strip()), Integer.parseInt(date.month.getValue().strip()),
                    Integer.parseInt(date.day.getValue().strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
