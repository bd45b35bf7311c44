package org.travelassist.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.DatabaseOutage;

/**
 * "Sorry, there is a problem with the service" (GOV.UK pattern) for anything that fails while a page opens: in the
 * portal's layout, with nothing of the failure shown to the visitor; the log has it.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    ServerErrorView(CouncilProfile council) {
        addClassName("ta-narrow");
        var heading = new H1("Sorry, there is a problem with the service");
        heading.setId("server-error");
        add(heading,
                new Paragraph("Try again later."),
                new Paragraph("If you need help now, call " + council.phone() + " (" + council.openingHours() + ")."),
                new Anchor("", "Go to the " + MainLayout.SERVICE_NAME + " start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not open /{}", event.getLocation().getPath(), parameter.getCaughtException());
        return status(parameter.getCaughtException());
    }

    /**
     * 503 while the database cannot be reached (restarting, or every connection busy past the pool's timeout): the
     * same page, but a status that tells the load balancer and monitoring this is temporary. 500 for anything else.
     */
    static int status(Throwable failure) {
        return DatabaseOutage.isCause(failure) ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return "Sorry, there is a problem with the service - " + MainLayout.SERVICE_NAME;
    }
}
