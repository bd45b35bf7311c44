package org.travelassist.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Tests only: a page that fails as it opens, to see the server error page. */
@Route("test-only/failing-page")
@AnonymousAllowed
public class FailingTestView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException("Deliberate failure for a test; with a secret the visitor must not see");
    }
}
