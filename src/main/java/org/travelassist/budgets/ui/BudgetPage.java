package org.travelassist.budgets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.budgets.BudgetNotFoundException;
import org.travelassist.budgets.InvalidBudgetException;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.MainLayout;

/**
 * A page about one budget (route parameter {@code id}): back link, error summary, success message and one heading.
 * A budget that is not the person's to see, or a malformed id, is "Page not found".
 */
abstract class BudgetPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    protected final ErrorSummary errors = new ErrorSummary();
    protected final Anchor back = new Anchor("", "Back");
    protected final Div done = new Div();
    protected final H1 heading = new H1();
    protected final Div content = new Div();
    protected @Nullable UUID id;
    private String title = "";

    BudgetPage(String width) {
        addClassName(width);
        back.addClassName("ta-back-link");
        back.setId("back");
        heading.setId("heading");
        done.setId("step-done");
        done.addClassName("ta-success-banner");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        add(back, errors, done, heading, content);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElseThrow());
            refresh(null);
        } catch (IllegalArgumentException | java.util.NoSuchElementException | BudgetNotFoundException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Shows the budget afresh, with a success message when given. */
    protected final void refresh(@Nullable String message) {
        errors.clear();
        done.removeAll();
        done.setVisible(message != null);
        if (message != null) {
            done.add(new com.vaadin.flow.component.html.H2("Success"), new com.vaadin.flow.component.html.Paragraph(message));
        }
        content.removeAll();
        show(java.util.Objects.requireNonNull(id));
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().setTitle(getPageTitle());
        }
    }

    protected abstract void show(UUID id);

    protected void title(String text) {
        title = text;
        heading.setText(text);
    }

    /** A button whose step runs on the server; a refusal is shown at its fields and the button given back. */
    protected Button step(String buttonId, String text, Runnable run, Map<String, ? extends Component> fields, String success) {
        var button = new Button(text);
        button.setId(buttonId);
        button.addClassName("ta-button");
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                run.run();
                refresh(success);
            } catch (InvalidBudgetException e) {
                errors.report(e.problems(), fields, button);
                UI.getCurrent().getPage().setTitle(getPageTitle());
                button.setEnabled(true);
            }
        });
        return button;
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + title + " - " + MainLayout.SERVICE_NAME;
    }
}
