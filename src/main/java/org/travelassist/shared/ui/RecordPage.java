package org.travelassist.shared.ui;

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

/**
 * The GOV.UK frame of a page about one record named by its route parameter {@code id} (an application, a charge, an
 * allowance or claim): back link, error summary and one heading, with "Error:" in the title while problems show. A
 * record that is not the person's own, one that does not exist, and a malformed id are all "Page not found", so the
 * page never tells a stranger which records exist.
 */
public abstract class RecordPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    protected final ErrorSummary errors = new ErrorSummary();
    protected final Anchor back;
    protected final H1 heading = new H1();
    protected final Div content = new Div();
    private final Class<? extends RuntimeException> notFound;
    private String title = "";

    /**
     * @param backTo where the back link goes until the page sets it
     * @param notFound the module's exception for a record that does not exist
     */
    protected RecordPage(String backTo, Class<? extends RuntimeException> notFound) {
        this.notFound = notFound;
        back = new Anchor(backTo, "Back");
        back.addClassName("ta-back-link");
        back.setId("back");
        heading.setId("heading");
        add(back, errors, heading, content);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        UUID id = event.getRouteParameters().get("id").map(RecordPage::parse).orElse(null);
        if (id == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            errors.clear();
            content.removeAll();
            show(id, event);
        } catch (RuntimeException e) {
            if (!(e instanceof AccessDeniedException) && !notFound.isInstance(e)) {
                throw e;
            }
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Fills the page for the record; may reroute. */
    protected abstract void show(UUID id, BeforeEnterEvent event);

    protected void title(String text) {
        title = text;
        heading.setText(text);
    }

    /** Shows problems in the summary and at each field ({@code fields} by the same keys), and "Error:" in the title. */
    protected void showProblems(Map<String, String> problems, Map<String, ? extends Component> fields) {
        errors.report(problems, fields, heading);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + title + " - " + MainLayout.SERVICE_NAME;
    }

    private static @Nullable UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
