package org.travelassist.applications.ui;

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
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationNotFoundException;
import org.travelassist.applications.ApplicationService;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.MainLayout;

/**
 * A family-facing page about one application (route parameter {@code id}): the GOV.UK frame of back link, error
 * summary and one heading. An application that is not the person's own is "Page not found", as is a malformed id.
 */
abstract class ApplicationPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    protected final ApplicationService applications;
    protected final ErrorSummary errors = new ErrorSummary();
    protected final Anchor back = new Anchor("", "Back");
    protected final H1 heading = new H1();
    protected final Div content = new Div();
    protected @Nullable ApplicationDetails application;
    private String title = "";

    ApplicationPage(ApplicationService applications) {
        this.applications = applications;
        addClassName("ta-narrow");
        back.addClassName("ta-back-link");
        back.setId("back");
        heading.setId("heading");
        add(back, errors, heading, content);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        UUID id = event.getRouteParameters().get("id").map(ApplicationPage::parse).orElse(null);
        if (id == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            application = applications.application(id);
            errors.clear();
            content.removeAll();
            show(application, event);
        } catch (ApplicationNotFoundException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Fills the page for the application; may reroute. */
    protected abstract void show(ApplicationDetails application, BeforeEnterEvent event);

    protected void title(String text) {
        title = text;
        heading.setText(text);
    }

    /** Shows problems in the summary and at each field ({@code fields} by the same keys), and "Error:" in the title. */
    protected void showProblems(Map<String, String> problems, Map<String, Component> fields) {
        errors.report(problems, fields, heading);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + title + " - " + MainLayout.SERVICE_NAME;
    }

    static String path(UUID id, String page) {
        return "applications/" + id + (page.isEmpty() ? "" : "/" + page);
    }

    private static @Nullable UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
