package org.travelassist.shared.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The GOV.UK date input: a fieldset with day, month and year boxes, since a date picker is hard to use for a
 * date of birth and on a phone. It holds text as typed; the caller's rules say what is wrong with it.
 */
public class DateInput extends Div implements Focusable<DateInput> {

    public final TextField day = part("Day", 2);
    public final TextField month = part("Month", 2);
    public final TextField year = part("Year", 4);
    private final Span error = new Span();

    public DateInput(String id, String legend, String hint) {
        setId(id);
        getElement().setAttribute("role", "group");
        addClassName("ta-date-input");
        var legendText = new Span(legend);
        legendText.addClassName("ta-date-input__legend");
        legendText.setId(id + "-legend");
        var hintText = new Span(hint);
        hintText.addClassName("ta-hint");
        hintText.setId(id + "-hint");
        getElement().setAttribute("aria-labelledby", id + "-legend");
        getElement().setAttribute("aria-describedby", id + "-hint");
        error.addClassName("ta-error-message");
        error.setId(id + "-error");
        error.setVisible(false);
        day.setId(id + "-day");
        month.setId(id + "-month");
        year.setId(id + "-year");
        var parts = new Div(day, month, year);
        parts.addClassName("ta-date-input__parts");
        add(legendText, hintText, error, parts);
    }

    private static TextField part(String label, int width) {
        var field = new TextField(label);
        field.getElement().setAttribute("inputmode", "numeric");
        field.addClassName("ta-date-input__" + width);
        return field;
    }

    public void setValue(String dayValue, String monthValue, String yearValue) {
        day.setValue(dayValue);
        month.setValue(monthValue);
        year.setValue(yearValue);
    }

    /** Shows the message above the boxes and marks them invalid; null clears it. */
    public void setError(String message) {
        error.setText("Error: " + message);
        error.setVisible(true);
        for (TextField part : new TextField[] {day, month, year}) {
            part.setInvalid(true);
        }
    }

    public void clearError() {
        error.setVisible(false);
        for (TextField part : new TextField[] {day, month, year}) {
            part.setInvalid(false);
        }
    }

    @Override
    public void focus() {
        day.focus();
    }
}
