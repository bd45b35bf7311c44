package org.travelassist.applications.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationNotFoundException;
import org.travelassist.applications.ApplicationService;
import org.travelassist.shared.ui.RecordPage;

/**
 * A family-facing page about one application (route parameter {@code id}), in the shared record frame: an
 * application that is not the person's own is "Page not found", as is a malformed id.
 */
abstract class ApplicationPage extends RecordPage {

    protected final ApplicationService applications;
    protected @Nullable ApplicationDetails application;

    ApplicationPage(ApplicationService applications) {
        super("", ApplicationNotFoundException.class);
        this.applications = applications;
        addClassName("ta-narrow");
    }

    @Override
    protected final void show(UUID id, BeforeEnterEvent event) {
        application = load(id);
        show(application, event);
    }

    /** The application as this page needs it: by default everything about it. */
    protected ApplicationDetails load(UUID id) {
        return applications.application(id);
    }

    /** Fills the page for the application; may reroute. */
    protected abstract void show(ApplicationDetails application, BeforeEnterEvent event);

    static String path(UUID id, String page) {
        return "applications/" + id + (page.isEmpty() ? "" : "/" + page);
    }
}
