package org.travelassist.contributions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
import org.travelassist.contributions.ChargeNotFoundException;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.MainLayout;

/**
 * A page about one charge, instalment or application (route parameter {@code id}): back link, error summary and one
 * heading. A record that is not the person's own, or a malformed id, is "Page not found".
 */
abstract class ChargePage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    protected final ErrorSummary errors = new ErrorSummary();
    protected final Anchor back = new Anchor("", "Back");
    protected final H1 heading = new H1();
    protected final Div content = new Div();
    private String title = "";

    ChargePage() {
        addClassName("ta-narrow");
        back.addClassName("ta-back-link");
        back.setId("back");
        heading.setId("heading");
        add(back, errors, heading, content);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        UUID id = event.getRouteParameters().get("id").map(ChargePage::parse).orElse(null);
        if (id == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            errors.clear();
            content.removeAll();
            show(id, event);
        } catch (ChargeNotFoundException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    protected abstract void show(UUID id, BeforeEnterEvent event);

    protected void title(String text) {
        title = text;
        heading.setText(text);
    }

    protected void showProblems(Map<String, String> problems, Map<String, ? extends Component> fields) {
        errors.report(problems, fields, heading);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + title + " - " + MainLayout.SERVICE_NAME;
    }

    static @Nullable UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
