package org.travelassist.payments.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.travelassist.payments.InvalidPaymentException;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.Flash;

/**
 * How finance's page does a step: try it; on success say what happened and show the page again; when the service
 * refuses, say why in the error summary, linked to the field or button concerned.
 */
final class PageActions {

    private final ErrorSummary errors;
    private final Runnable refresh;

    PageActions(ErrorSummary errors, Runnable refresh) {
        this.errors = errors;
        this.refresh = refresh;
    }

    /** @param step does it and returns the success message */
    void attempt(Component field, Supplier<String> step) {
        errors.clear();
        try {
            Flash.set(step.get());
            refresh.run();
        } catch (InvalidPaymentException refused) {
            refuse(field, refused.getMessage());
        }
    }

    /** In the summary, and at the field itself when it can show an error (a date, a text area). */
    void refuse(Component field, String message) {
        String key = field.getId().orElse("payments");
        errors.report(java.util.Map.of(key, message), java.util.Map.of(key, field), field);
    }
}
