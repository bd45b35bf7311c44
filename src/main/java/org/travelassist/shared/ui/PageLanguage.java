package org.travelassist.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every page is British English (WCAG 3.1.1): in the served HTML, and for the components' formats. */
@Component
class PageLanguage implements VaadinServiceInitListener {

    static final Locale LOCALE = Locale.UK;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().getElementsByTag("html").attr("lang", LOCALE.toLanguageTag()));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(LOCALE));
    }
}
